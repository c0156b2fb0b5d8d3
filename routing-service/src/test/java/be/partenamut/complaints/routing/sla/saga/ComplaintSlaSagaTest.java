package be.partenamut.complaints.routing.sla.saga;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.routing.sla.SlaNotifications;
import be.partenamut.complaints.routing.sla.SlaPolicy;
import be.partenamut.complaints.routing.sla.api.ComplaintAnsweredEvent;
import be.partenamut.complaints.routing.sla.api.ComplaintClosedEvent;
import be.partenamut.complaints.routing.sla.api.ComplaintEscalatedEvent;
import be.partenamut.complaints.routing.sla.api.ComplaintReceivedEvent;
import be.partenamut.complaints.workingdays.ServiceLevels;
import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static be.partenamut.complaints.contracts.AnsweringLine.COMPLAINTS_SERVICE;
import static be.partenamut.complaints.contracts.AnsweringLine.FIRST_LINE;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class ComplaintSlaSagaTest {

    // Tuesday 1 December 2026; the first line's due date is Tuesday 15 December, so staff are warned at the
    // end of Friday 11 December (Monday 14, Saturday 12 and Friday 11 remain) and the breach comes when
    // Tuesday 15 December has ended, at midnight in Brussels.
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final LocalDate DUE = LocalDate.parse("2026-12-15");
    private static final Instant WARNING_AT = Instant.parse("2026-12-11T23:00:00Z");
    private static final Instant BREACH_AT = Instant.parse("2026-12-15T23:00:00Z");
    private static final LocalDate COMPLAINTS_SERVICE_DUE = LocalDate.parse("2027-01-12");

    private final UUID complaintId = UUID.randomUUID();
    private final SlaNotifications notifications = mock(SlaNotifications.class);
    private SagaTestFixture<ComplaintSlaSaga> fixture;

    @BeforeEach
    void fixture() {
        fixture = new SagaTestFixture<>(ComplaintSlaSaga.class);
        fixture.registerResource(new SlaPolicy(new ServiceLevels(WorkingDayCalendar.belgian(), 10, 21, 3)));
        fixture.registerResource(notifications);
    }

    @Test
    void startsTheFirstLineTimersOnReceipt() {
        fixture.givenCurrentTime(NOW)
                .whenPublishingA(received())
                .expectActiveSagas(1)
                .expectAssociationWith("complaintId", complaintId)
                .expectScheduledDeadline(WARNING_AT, new SlaDeadline(complaintId, FIRST_LINE, DUE))
                .expectScheduledDeadlineWithName(WARNING_AT, ComplaintSlaSaga.WARNING_DEADLINE)
                .expectScheduledDeadlineWithName(BREACH_AT, ComplaintSlaSaga.BREACH_DEADLINE);

        verify(notifications).started(complaintId, FIRST_LINE, "HOME_CARE", DUE);
    }

    @Test
    void warnsWhenTheWarningDateEndsAndBreachesOnlyWhenTheDueDateHasEnded() {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(received())
                .whenTimeAdvancesTo(BREACH_AT.minusSeconds(1))
                .expectTriggeredDeadlinesWithName(ComplaintSlaSaga.WARNING_DEADLINE);

        verify(notifications).warn(complaintId, FIRST_LINE, DUE, "corr-1", "msg-1");
        verify(notifications, never()).breach(any(), any(), any(), any(), any());
    }

    @Test
    void raisesTheWarningThenTheBreachOnceEach() {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(received())
                .whenTimeAdvancesTo(BREACH_AT.plusSeconds(3600))
                .expectTriggeredDeadlinesWithName(ComplaintSlaSaga.WARNING_DEADLINE, ComplaintSlaSaga.BREACH_DEADLINE)
                .expectNoScheduledDeadlines()
                .expectActiveSagas(1);

        InOrder order = inOrder(notifications);
        order.verify(notifications).warn(complaintId, FIRST_LINE, DUE, "corr-1", "msg-1");
        order.verify(notifications).breach(complaintId, FIRST_LINE, DUE, "corr-1", "msg-1");
        verify(notifications, times(1)).warn(any(), any(), any(), any(), any());
        verify(notifications, times(1)).breach(any(), any(), any(), any(), any());
    }

    @Test
    void aFirstLineAnswerStopsItsTimers() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(received())
                .andThenAPublished(new ComplaintAnsweredEvent(complaintId, FIRST_LINE))
                .whenTimeAdvancesTo(BREACH_AT.plusSeconds(86_400))
                .expectNoScheduledDeadlines()
                .expectTriggeredDeadlinesWithName()
                .expectActiveSagas(1);

        verify(notifications).stopped(complaintId, FIRST_LINE);
        verify(notifications, never()).warn(any(), any(), any(), any(), any());
        verify(notifications, never()).breach(any(), any(), any(), any(), any());
    }

    @Test
    void anAnswerAfterTheWarningStillStopsTheBreach() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(received())
                .andThenTimeAdvancesTo(WARNING_AT.plusSeconds(60))
                .andThenAPublished(new ComplaintAnsweredEvent(complaintId, FIRST_LINE))
                .whenTimeAdvancesTo(BREACH_AT.plusSeconds(60))
                .expectNoScheduledDeadlines();

        verify(notifications).warn(complaintId, FIRST_LINE, DUE, "corr-1", "msg-1");
        verify(notifications, never()).breach(any(), any(), any(), any(), any());
    }

    @Test
    void theEscalationStartsTheComplaintsServicePeriodFromItsDueDate() {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(received())
                .andThenAPublished(new ComplaintAnsweredEvent(complaintId, FIRST_LINE))
                .whenPublishingA(escalated())
                .expectScheduledDeadlineWithName(Instant.parse("2027-01-12T23:00:00Z"), ComplaintSlaSaga.BREACH_DEADLINE)
                // Three working days before Tuesday 12 January: Monday 11, Saturday 9, Friday 8.
                .expectScheduledDeadlineWithName(Instant.parse("2027-01-08T23:00:00Z"), ComplaintSlaSaga.WARNING_DEADLINE)
                .expectActiveSagas(1);

        verify(notifications).started(complaintId, COMPLAINTS_SERVICE, "COMPLAINTS_SERVICE", COMPLAINTS_SERVICE_DUE);
    }

    @Test
    void theComplaintsServiceAnswerEndsTheSaga() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(received())
                .andThenAPublished(new ComplaintAnsweredEvent(complaintId, FIRST_LINE))
                .andThenAPublished(escalated())
                .whenPublishingA(new ComplaintAnsweredEvent(complaintId, COMPLAINTS_SERVICE))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();

        verify(notifications).stopped(complaintId, COMPLAINTS_SERVICE);
    }

    @Test
    void theClosureEndsTheSagaAndALaterEscalationStartsTheComplaintsServiceTimers() throws Exception {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(received())
                .andThenAPublished(new ComplaintAnsweredEvent(complaintId, FIRST_LINE))
                .andThenAPublished(new ComplaintClosedEvent(complaintId))
                .whenPublishingA(escalated())
                .expectActiveSagas(1)
                .expectScheduledDeadlineWithName(Instant.parse("2027-01-12T23:00:00Z"), ComplaintSlaSaga.BREACH_DEADLINE);
    }

    @Test
    void aReceiptSeenTwiceStartsOnePeriod() {
        fixture.givenCurrentTime(NOW)
                .andThenAPublished(received())
                .whenPublishingA(received())
                .expectActiveSagas(1);

        verify(notifications, times(1)).started(any(), eq(FIRST_LINE), any(), any());
    }

    @Test
    void aDueDateAlreadyPastRaisesTheWarningAndTheBreachAtOnce() {
        fixture.givenCurrentTime(Instant.parse("2026-12-20T10:00:00Z"))
                .andThenAPublished(received())
                .whenTimeElapses(java.time.Duration.ofSeconds(1))
                .expectTriggeredDeadlinesWithName(ComplaintSlaSaga.WARNING_DEADLINE, ComplaintSlaSaga.BREACH_DEADLINE);

        verify(notifications).breach(complaintId, AnsweringLine.FIRST_LINE, DUE, "corr-1", "msg-1");
    }

    private ComplaintReceivedEvent received() {
        return new ComplaintReceivedEvent(complaintId, "HOME_CARE", DUE, "corr-1", "msg-1");
    }

    private ComplaintEscalatedEvent escalated() {
        return new ComplaintEscalatedEvent(complaintId, COMPLAINTS_SERVICE_DUE, "corr-2", "msg-2");
    }
}
