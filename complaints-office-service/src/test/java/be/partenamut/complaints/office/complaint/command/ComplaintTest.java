package be.partenamut.complaints.office.complaint.command;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.ComplaintFileBuilder;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.OralFirstLineContact;
import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.contracts.ErasureCause;
import be.partenamut.complaints.office.complaint.api.AnswerAsComplaintsServiceCommand;
import be.partenamut.complaints.office.complaint.api.AnswerAsFirstLineCommand;
import be.partenamut.complaints.office.complaint.api.AssignDepartmentCommand;
import be.partenamut.complaints.office.complaint.api.CloseComplaintCommand;
import be.partenamut.complaints.office.complaint.api.Commands;
import be.partenamut.complaints.office.complaint.api.ComplaintAcknowledgedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintAnsweredEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintClosedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintDeclinedEvent;
import be.partenamut.complaints.office.complaint.api.DeclineComplaintCommand;
import be.partenamut.complaints.office.complaint.api.InterimMessageRecordedEvent;
import be.partenamut.complaints.office.complaint.api.RecordInterimMessageCommand;
import be.partenamut.complaints.office.complaint.api.ComplaintEscalatedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.api.ComplaintInstructedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintReceivedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintRoutedEvent;
import be.partenamut.complaints.office.complaint.api.DepartmentInputGivenEvent;
import be.partenamut.complaints.office.complaint.api.DepartmentInputRequestedEvent;
import be.partenamut.complaints.office.complaint.api.RecordDepartmentInputCommand;
import be.partenamut.complaints.office.complaint.api.RequestDepartmentInputCommand;
import be.partenamut.complaints.office.complaint.api.EscalateComplaintCommand;
import be.partenamut.complaints.office.complaint.api.InstructComplaintCommand;
import be.partenamut.complaints.office.complaint.api.AcceptRecommendationCommand;
import be.partenamut.complaints.office.complaint.api.IssueRecommendationCommand;
import be.partenamut.complaints.office.complaint.api.MotivatingComplaint;
import be.partenamut.complaints.office.complaint.api.RecommendationAcceptedEvent;
import be.partenamut.complaints.office.complaint.api.RecommendationImplementedEvent;
import be.partenamut.complaints.office.complaint.api.RecommendationRejectedEvent;
import be.partenamut.complaints.office.complaint.api.RecordRecommendationImplementationCommand;
import be.partenamut.complaints.office.complaint.api.RejectRecommendationCommand;
import be.partenamut.complaints.office.complaint.api.PersonalDataErasedEvent;
import be.partenamut.complaints.office.complaint.api.ReceiveComplaintCommand;
import be.partenamut.complaints.office.complaint.api.RecommendationIssuedEvent;
import be.partenamut.complaints.office.complaint.api.RegisterEscalatedComplaintCommand;
import be.partenamut.complaints.office.complaint.api.RecordPersonalDataErasureCommand;
import be.partenamut.complaints.office.complaint.api.RecordSlaBreachCommand;
import be.partenamut.complaints.office.complaint.api.RecordSlaWarningCommand;
import be.partenamut.complaints.office.complaint.api.SlaBreachedEvent;
import be.partenamut.complaints.office.complaint.api.SlaWarnedEvent;
import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every transition of a complaint's life the policy allows, and the ones it refuses. */
class ComplaintTest {

    private static final ComplaintId ID = ComplaintId.of(UUID.fromString("3d9f5a12-8c44-4b1b-a3e2-7c5e9b1d2f10"));
    private static final String REFERENCE = "PL-2026-000123";
    private static final UUID SUBJECT_ID = UUID.fromString("8e1f6c3a-2b4d-4f5e-9a7b-6c5d4e3f2a1b");
    private static final MemberContact MEMBER = new MemberContact(SUBJECT_ID, sealed("100000001"), sealed("Sophie"),
            sealed("Peeters"), sealed("sophie.peeters@example.be"), Language.NL);
    private static final Instant RECEIVED_AT = Instant.parse("2026-11-26T09:15:00Z");
    private static final Instant ESCALATED_AT = Instant.parse("2026-12-07T10:00:00Z");
    private static final LocalDate FIRST_LINE_DUE = LocalDate.parse("2026-12-09");
    private static final LocalDate COMPLAINTS_SERVICE_DUE = LocalDate.parse("2027-01-05");
    private static final UUID RECOMMENDATION_ID = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    private static final UUID OTHER_RECOMMENDATION_ID = UUID.fromString("2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901");
    private static final UUID OTHER_COMPLAINT = UUID.fromString("5c4b3a29-1807-4f6e-9d5c-4b3a29180706");
    private static final UUID ESCALATION_REQUEST = UUID.fromString("0eec7f42-92f4-4c75-9669-a8da8deb2881");
    private static final UUID ANOTHER_ESCALATION_REQUEST = UUID.fromString("5b1c9e0a-3f7d-4c2e-8a6b-9d0e1f2a3b4c");

    /** Tuesday 5 January 2027, the complaints service's due date: its result will be late. */
    private static final Instant TODAY = Instant.parse("2027-01-05T09:00:00Z");
    /** Friday 29 January 2027, a working day. */
    private static final LocalDate NEW_DATE = LocalDate.parse("2027-01-29");
    private static final java.util.Map<String, String> HEALTHCARE_AGENT =
            java.util.Map.of(Commands.DEPARTMENT_SCOPE, "HEALTHCARE_REIMBURSEMENTS");
    private static final UUID INPUT_REQUEST = UUID.fromString("4c3b2a19-0f8e-4d7c-9b6a-5e4d3c2b1a09");
    private static final UUID ANOTHER_INPUT_REQUEST = UUID.fromString("7d6c5b4a-3928-4716-a5b4-c3d2e1f0a9b8");
    private static final String ASKED = "HOME_CARE";

    private FixtureConfiguration<Complaint> fixture;

    /** The aggregate never opens personal data: any sealed value will do. */
    private static SealedText sealed(String what) {
        return SealedText.of("pd1.test-" + what.hashCode());
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(WorkingDayCalendar.belgian());
        fixture.registerInjectableResource(Clock.fixed(TODAY, ZoneId.of("Europe/Brussels")));
    }

    // --- the events of a complaint's life, in order ---

    private static ComplaintReceivedEvent received() {
        return new ComplaintReceivedEvent(ID, ComplaintFileBuilder.sample().reference(REFERENCE).channel(Channel.WEB_FORM)
                .member(MEMBER).category("REIMBURSEMENT").subject(sealed("Terugbetaling kinesitherapie"))
                .description(sealed("Nog niet terugbetaald.")).product("HOSPITALISATION_PLUS").agency(null)
                .receivedAt(RECEIVED_AT).firstLineDueDate(FIRST_LINE_DUE).possibleDuplicateOf(null).build());
    }

    private static ComplaintAcknowledgedEvent acknowledged() {
        return new ComplaintAcknowledgedEvent(ID, REFERENCE);
    }

    private static ComplaintRoutedEvent routed() {
        return new ComplaintRoutedEvent(ID, "HEALTHCARE_REIMBURSEMENTS", "category-reimbursement", null);
    }

    /** A member of staff moved the complaint to another department. */
    private static ComplaintRoutedEvent rerouted() {
        return new ComplaintRoutedEvent(ID, "AGENCIES", "staff", "HEALTHCARE_REIMBURSEMENTS");
    }

    private static ComplaintAnsweredEvent firstLineAnswered() {
        return new ComplaintAnsweredEvent(ID, AnsweringLine.FIRST_LINE, null, sealed("Uw dossier is in orde gebracht."));
    }

    private static ComplaintEscalatedEvent escalated() {
        return new ComplaintEscalatedEvent(ID, sealed("Ik ben het niet eens met het antwoord."), ESCALATED_AT,
                COMPLAINTS_SERVICE_DUE, ESCALATION_REQUEST);
    }

    private static ComplaintInstructedEvent instructed() {
        return new ComplaintInstructedEvent(ID, sealed("Attest ontvangen op 14 oktober, verwerkt op 18 november."));
    }

    private static ComplaintAnsweredEvent complaintsServiceAnswered() {
        return new ComplaintAnsweredEvent(ID, AnsweringLine.COMPLAINTS_SERVICE, Outcome.PARTLY_FOUNDED,
                sealed("De terugbetaling is uitgevoerd; de vertraging was niet gerechtvaardigd."));
    }

    private static RecommendationIssuedEvent recommendationIssued() {
        return new RecommendationIssuedEvent(ID, RECOMMENDATION_ID, "HEALTHCARE_REIMBURSEMENTS",
                sealed("Attesten binnen vijf werkdagen verwerken."));
    }

    private static ComplaintClosedEvent closed() {
        return new ComplaintClosedEvent(ID, sealed("Resultaat meegedeeld."));
    }

    private static InterimMessageRecordedEvent interimMessageRecorded() {
        return new InterimMessageRecordedEvent(ID, sealed("Het advies van de medische dienst is nog niet binnen."),
                NEW_DATE, "officer");
    }

    private static ComplaintDeclinedEvent declined() {
        return new ComplaintDeclinedEvent(ID, DeclineReason.MEDICAL_ADVISOR, sealed("Uw klacht betreft de adviserend arts."),
                "officer");
    }

    /** The closure a decline brings with it: no reason of its own (the decline's explanation says why). */
    private static ComplaintClosedEvent closedByDecline() {
        return new ComplaintClosedEvent(ID, null);
    }

    // --- the commands ---

    private static RecordInterimMessageCommand recordInterimMessage(LocalDate expectedDate) {
        return new RecordInterimMessageCommand(ID, interimMessageRecorded().reason(), expectedDate, "officer");
    }

    private static DeclineComplaintCommand decline(DeclineReason reason) {
        return new DeclineComplaintCommand(ID, reason, declined().explanation(), "officer");
    }

    private static ReceiveComplaintCommand receive() {
        return new ReceiveComplaintCommand(ID, received().file());
    }

    private static AnswerAsFirstLineCommand answerAsFirstLine() {
        return new AnswerAsFirstLineCommand(ID, firstLineAnswered().answer());
    }

    private static EscalateComplaintCommand escalateReceivedAt(Instant receivedAt) {
        return new EscalateComplaintCommand(ID, escalated().reason(), receivedAt, COMPLAINTS_SERVICE_DUE,
                ESCALATION_REQUEST);
    }

    /** Escalated the day after the first line's target date, without its answer. */
    private static ComplaintEscalatedEvent escalatedPastTheFirstLine() {
        return new ComplaintEscalatedEvent(ID, escalated().reason(), Instant.parse("2026-12-10T08:30:00Z"),
                COMPLAINTS_SERVICE_DUE, ESCALATION_REQUEST);
    }

    private static EscalateComplaintCommand escalate() {
        return new EscalateComplaintCommand(ID, escalated().reason(), ESCALATED_AT, COMPLAINTS_SERVICE_DUE,
                ESCALATION_REQUEST);
    }

    /** The member, or a member of staff, asks again: a request of its own. */
    private static EscalateComplaintCommand escalateAnew() {
        return new EscalateComplaintCommand(ID, sealed("Nog steeds niet akkoord."), ESCALATED_AT.plusSeconds(3600),
                COMPLAINTS_SERVICE_DUE, ANOTHER_ESCALATION_REQUEST);
    }

    private static InstructComplaintCommand instruct() {
        return new InstructComplaintCommand(ID, instructed().findings());
    }

    private static AnswerAsComplaintsServiceCommand answerAsComplaintsService() {
        return new AnswerAsComplaintsServiceCommand(ID, Outcome.PARTLY_FOUNDED, complaintsServiceAnswered().answer());
    }

    private static IssueRecommendationCommand recommend() {
        return new IssueRecommendationCommand(ID, RECOMMENDATION_ID, "HEALTHCARE_REIMBURSEMENTS",
                recommendationIssued().recommendation());
    }

    private static CloseComplaintCommand close() {
        return new CloseComplaintCommand(ID, closed().reason());
    }

    private static DepartmentInputRequestedEvent inputRequested() {
        return new DepartmentInputRequestedEvent(ID, INPUT_REQUEST, ASKED,
                sealed("Is het attest van 14 oktober bij u toegekomen?"));
    }

    private static DepartmentInputGivenEvent inputGiven() {
        return new DepartmentInputGivenEvent(ID, INPUT_REQUEST, ASKED, sealed("Ja, verwerkt op 18 november."));
    }

    private static RequestDepartmentInputCommand requestInput() {
        return new RequestDepartmentInputCommand(ID, INPUT_REQUEST, ASKED, inputRequested().question());
    }

    private static RecordDepartmentInputCommand giveInput() {
        return new RecordDepartmentInputCommand(ID, INPUT_REQUEST, inputGiven().reply());
    }

    /** The complaint as the complaints service instructs it: escalated, and assigned to it by routing. */
    private static Object[] escalatedToTheComplaintsService() {
        return new Object[]{received(), acknowledged(), routed(), firstLineAnswered(), escalated(),
                new ComplaintRoutedEvent(ID, "COMPLAINTS_SERVICE", "escalation", "HEALTHCARE_REIMBURSEMENTS")};
    }

    private static Object[] with(Object[] given, Object... more) {
        Object[] all = java.util.Arrays.copyOf(given, given.length + more.length);
        System.arraycopy(more, 0, all, given.length, more.length);
        return all;
    }

    private static void expectRefused(TestExecutor<Complaint> given, Object command, Refusal refusal) {
        given.when(command)
                .expectException(TransitionRefusedException.class)
                .expectExceptionMessage(refusal.message())
                .expectNoEvents();
    }

    @Nested
    class Receipt {

        @Test
        void registersTheComplaintAndAcknowledgesItAtOnce() {
            fixture.givenNoPriorActivity()
                    .when(receive())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(received(), acknowledged());
        }

        @Test
        void registersARedeliveredSubmissionOnlyOnce() {
            fixture.given(received(), acknowledged())
                    .when(receive())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class Routing {

        @Test
        void putsTheComplaintInTheQueueOfTheDepartmentInCharge() {
            fixture.given(received(), acknowledged())
                    .when(new AssignDepartmentCommand(ID, "HEALTHCARE_REIMBURSEMENTS", "category-reimbursement"))
                    .expectEvents(routed());
        }

        @Test
        void remembersThePreviousDepartmentWhenRerouted() {
            fixture.given(received(), acknowledged(), routed())
                    .when(new AssignDepartmentCommand(ID, "AGENCIES", "staff"))
                    .expectEvents(new ComplaintRoutedEvent(ID, "AGENCIES", "staff", "HEALTHCARE_REIMBURSEMENTS"));
        }

        @Test
        void ignoresARedeliveredDecisionForTheSameDepartment() {
            fixture.given(received(), acknowledged(), routed())
                    .when(new AssignDepartmentCommand(ID, "HEALTHCARE_REIMBURSEMENTS", "category-reimbursement"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void keepsTheDepartmentStaffChoseWhenARoutingDecisionArrivesLate() {
            fixture.given(received(), acknowledged(), routed(), rerouted())
                    .when(new AssignDepartmentCommand(ID, "SERVICE_CENTER", "default"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void keepsTheDepartmentStaffChoseBeforeRoutingDecidedAtAll() {
            fixture.given(received(), acknowledged(), new ComplaintRoutedEvent(ID, "AGENCIES", "staff", null))
                    .when(new AssignDepartmentCommand(ID, "HEALTHCARE_REIMBURSEMENTS", "category-reimbursement"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void ignoresALateRoutingDecisionOnAComplaintStaffReroutedAndClosed() {
            fixture.given(received(), acknowledged(), routed(), rerouted(), firstLineAnswered(), closed())
                    .when(new AssignDepartmentCommand(ID, "SERVICE_CENTER", "default"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void letsStaffRerouteAgain() {
            fixture.given(received(), acknowledged(), routed(), rerouted())
                    .when(new AssignDepartmentCommand(ID, "SERVICE_CENTER", "staff"))
                    .expectEvents(new ComplaintRoutedEvent(ID, "SERVICE_CENTER", "staff", "AGENCIES"));
        }

        @Test
        void passesAnEscalatedComplaintToTheComplaintsServiceWhateverStaffChoseForTheFirstLine() {
            fixture.given(received(), acknowledged(), routed(), rerouted(), firstLineAnswered(), escalated())
                    .when(new AssignDepartmentCommand(ID, "COMPLAINTS_SERVICE", "escalation"))
                    .expectEvents(new ComplaintRoutedEvent(ID, "COMPLAINTS_SERVICE", "escalation", "AGENCIES"));
        }

        @Test
        void keepsTheDepartmentStaffChoseAfterTheEscalation() {
            fixture.given(received(), acknowledged(), routed(), firstLineAnswered(), escalated(),
                            new ComplaintRoutedEvent(ID, "AGENCIES", "staff", "HEALTHCARE_REIMBURSEMENTS"))
                    .when(new AssignDepartmentCommand(ID, "COMPLAINTS_SERVICE", "escalation"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesToRouteAClosedComplaint() {
            expectRefused(fixture.given(received(), acknowledged(), routed(), firstLineAnswered(), closed()),
                    new AssignDepartmentCommand(ID, "AGENCIES", "staff"), Refusal.CLOSED);
        }
    }

    @Nested
    class FirstLineAnswer {

        @Test
        void recordsTheAnswerOfTheServiceInCharge() {
            fixture.given(received(), acknowledged(), routed())
                    .when(answerAsFirstLine())
                    .expectEvents(firstLineAnswered());
        }

        @Test
        void mayAnswerBeforeRoutingWhenTheCounsellorAnswersDirectly() {
            fixture.given(received(), acknowledged())
                    .when(answerAsFirstLine())
                    .expectEvents(firstLineAnswered());
        }

        @Test
        void refusesASecondFirstLineAnswer() {
            expectRefused(fixture.given(received(), acknowledged(), routed(), firstLineAnswered()),
                    answerAsFirstLine(), Refusal.FIRST_LINE_ALREADY_ANSWERED);
        }

        @Test
        void refusesToAnswerAClosedComplaint() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), closed()),
                    answerAsFirstLine(), Refusal.CLOSED);
        }

        @Test
        void refusesAFirstLineAnswerOnceTheComplaintsServiceHasIt() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated()),
                    answerAsFirstLine(), Refusal.WITH_COMPLAINTS_SERVICE);
        }
    }

    @Nested
    class RegistrationWithItsEscalation {

        private final OralFirstLineContact contact =
                new OralFirstLineContact(LocalDate.parse("2026-11-24"), OralFirstLineContact.Place.SERVICE_CENTER);

        private RegisterEscalatedComplaintCommand register(OralFirstLineContact oralContact) {
            return new RegisterEscalatedComplaintCommand(ID, received().file(), escalated().reason(),
                    COMPLAINTS_SERVICE_DUE, ESCALATION_REQUEST, oralContact);
        }

        @Test
        void registersTheComplaintAndItsEscalationAtOnceRecordingTheOralContact() {
            fixture.givenNoPriorActivity()
                    .when(register(contact))
                    .expectEvents(received(), new ComplaintEscalatedEvent(ID, escalated().reason(), RECEIVED_AT,
                            COMPLAINTS_SERVICE_DUE, ESCALATION_REQUEST, contact));
        }

        @Test
        void refusesAnOralContactAfterTheRequestReachedTheComplaintsService() {
            expectRefused(fixture.givenNoPriorActivity(),
                    register(new OralFirstLineContact(LocalDate.parse("2026-11-27"), OralFirstLineContact.Place.AGENCY)),
                    Refusal.ORAL_CONTACT_AFTER_REQUEST);
        }

        @Test
        void refusesToRegisterAComplaintTwice() {
            expectRefused(fixture.given(received(), acknowledged()), register(contact), Refusal.ALREADY_REGISTERED);
        }

        @Test
        void letsTheComplaintsServiceInstructAndAnswerWithoutAFirstLineAnswer() {
            ComplaintEscalatedEvent escalatedAtOnce = new ComplaintEscalatedEvent(ID, escalated().reason(), RECEIVED_AT,
                    COMPLAINTS_SERVICE_DUE, ESCALATION_REQUEST, contact);
            fixture.given(received(), escalatedAtOnce, instructed())
                    .when(new AnswerAsComplaintsServiceCommand(ID, Outcome.PARTLY_FOUNDED, complaintsServiceAnswered().answer()))
                    .expectEvents(complaintsServiceAnswered());
        }
    }

    @Nested
    class Escalation {

        @Test
        void passesTheComplaintToTheComplaintsServiceWhenDisagreementRemains() {
            fixture.given(received(), acknowledged(), routed(), firstLineAnswered())
                    .when(escalate())
                    .expectEvents(escalated());
        }

        @Test
        void keepsTheMembersRightToEscalateAfterAFirstLineClosure() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), closed())
                    .when(escalate())
                    .expectEvents(escalated());
        }

        @Test
        void refusesToEscalateBeforeTheFirstLineAnswered() {
            expectRefused(fixture.given(received(), acknowledged(), routed()),
                    escalate(), Refusal.FIRST_LINE_NOT_ANSWERED);
        }

        @Test
        void passesAnUnansweredComplaintOnOnceTheFirstLinesTargetDateHasPassed() {
            Instant dayAfterTarget = Instant.parse("2026-12-10T08:30:00Z");
            fixture.given(received(), acknowledged(), routed())
                    .when(escalateReceivedAt(dayAfterTarget))
                    .expectEvents(new ComplaintEscalatedEvent(ID, escalated().reason(), dayAfterTarget,
                            COMPLAINTS_SERVICE_DUE, ESCALATION_REQUEST));
        }

        @Test
        void refusesAnUnansweredComplaintOnTheFirstLinesTargetDateItself() {
            // 23:30 in Brussels on the due date: the first line still has that day.
            expectRefused(fixture.given(received(), acknowledged(), routed()),
                    escalateReceivedAt(Instant.parse("2026-12-09T22:30:00Z")), Refusal.FIRST_LINE_NOT_ANSWERED);
        }

        @Test
        void decidesOnTheDayTheRequestWasReceivedNotTheDayItIsRegistered() {
            // A letter received before the target date, keyed in after it: the first line still had time then.
            expectRefused(fixture.given(received(), acknowledged(), routed()),
                    escalateReceivedAt(Instant.parse("2026-12-08T10:00:00Z")), Refusal.FIRST_LINE_NOT_ANSWERED);
        }

        @Test
        void refusesADateOfReceiptBeforeTheComplaintsOwn() {
            expectRefused(fixture.given(received(), acknowledged(), routed(), firstLineAnswered()),
                    escalateReceivedAt(Instant.parse("2026-11-25T10:00:00Z")),
                    Refusal.ESCALATION_RECEIVED_BEFORE_COMPLAINT);
        }

        @Test
        void takesADateOfReceiptOnTheComplaintsOwnDay() {
            Instant sameDayEarlier = Instant.parse("2026-11-26T00:00:00Z");
            fixture.given(received(), acknowledged(), routed(), firstLineAnswered())
                    .when(escalateReceivedAt(sameDayEarlier))
                    .expectEvents(new ComplaintEscalatedEvent(ID, escalated().reason(), sameDayEarlier,
                            COMPLAINTS_SERVICE_DUE, ESCALATION_REQUEST));
        }

        @Test
        void refusesTheFirstLinesLateAnswerOnceTheComplaintsServiceHasIt() {
            expectRefused(fixture.given(received(), acknowledged(), routed(),
                            escalatedPastTheFirstLine()),
                    answerAsFirstLine(), Refusal.WITH_COMPLAINTS_SERVICE);
        }

        @Test
        void closesAComplaintTheComplaintsServiceAloneAnswered() {
            fixture.given(received(), acknowledged(), routed(), escalatedPastTheFirstLine(), instructed(),
                            complaintsServiceAnswered())
                    .when(new CloseComplaintCommand(ID, closed().reason()))
                    .expectEvents(closed());
        }

        @Test
        void refusesToEscalateASuggestionEvenOnceAnswered() {
            ComplaintReceivedEvent suggestion = new ComplaintReceivedEvent(ID,
                    ComplaintFileBuilder.from(received().file()).suggestion().build());
            expectRefused(fixture.given(suggestion, acknowledged(), routed(), firstLineAnswered()),
                    escalate(), Refusal.SUGGESTION_NOT_ESCALABLE);
        }

        @Test
        void refusesASecondEscalation() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated()),
                    escalateAnew(), Refusal.ALREADY_ESCALATED);
        }

        @Test
        void changesNothingWhenTheSameRequestArrivesAgain() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated())
                    .when(escalate())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void changesNothingWhenTheSameRequestArrivesAgainAfterTheComplaintsServiceClosedIt() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                            complaintsServiceAnswered(), closed())
                    .when(escalate())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesToEscalateAgainAfterTheComplaintsServiceClosedIt() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                    complaintsServiceAnswered(), closed()),
                    escalateAnew(), Refusal.ALREADY_ESCALATED);
        }

        @Test
        void refusesEveryRequestAfterAnEscalationStoredWithoutItsRequest() {
            // As the event store holds it since before escalations named their request.
            ComplaintEscalatedEvent stored = StoredEvents.payload("ComplaintEscalatedEvent-rev1.json",
                    ComplaintEscalatedEvent.class);
            assertThat(stored.requestId()).isNull();
            assertThat(stored.dueDate()).isEqualTo(LocalDate.parse("2027-01-06"));

            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), stored),
                    escalate(), Refusal.ALREADY_ESCALATED);
        }
    }

    @Nested
    class Instruction {

        @Test
        void recordsTheAnalysisOfAnEscalatedComplaint() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated())
                    .when(instruct())
                    .expectEvents(instructed());
        }

        @Test
        void addsFurtherFindingsWhileTheAnalysisGoesOn() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed())
                    .when(instruct())
                    .expectEvents(instructed());
        }

        @Test
        void instructsAComplaintClosedAtTheFirstLineOnceTheMemberEscalatedIt() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), closed(), escalated())
                    .when(instruct())
                    .expectEvents(instructed());
        }

        @Test
        void refusesToInstructAComplaintThatWasNotEscalated() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered()),
                    instruct(), Refusal.NOT_ESCALATED);
        }

        @Test
        void refusesToInstructAfterTheResultWasCommunicated() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                    complaintsServiceAnswered()),
                    instruct(), Refusal.COMPLAINTS_SERVICE_ALREADY_ANSWERED);
        }
    }

    @Nested
    class ComplaintsServiceAnswer {

        @Test
        void communicatesTheResultWithItsOutcome() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed())
                    .when(answerAsComplaintsService())
                    .expectEvents(complaintsServiceAnswered());
        }

        @Test
        void refusesAnAnswerBeforeTheInstruction() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated()),
                    answerAsComplaintsService(), Refusal.NOT_INSTRUCTED);
        }

        @Test
        void refusesAnAnswerOnAComplaintThatWasNotEscalated() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered()),
                    answerAsComplaintsService(), Refusal.NOT_ESCALATED);
        }

        @Test
        void refusesASecondResult() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                    complaintsServiceAnswered()),
                    answerAsComplaintsService(), Refusal.COMPLAINTS_SERVICE_ALREADY_ANSWERED);
        }

        @Test
        void refusesToAnswerAClosedComplaint() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                    complaintsServiceAnswered(), closed()),
                    answerAsComplaintsService(), Refusal.CLOSED);
        }
    }

    @Nested
    class Recommendation {

        @Test
        void recommendsAChangeToTheDepartmentConcerned() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                            complaintsServiceAnswered())
                    .when(recommend())
                    .expectEvents(recommendationIssued());
        }

        @Test
        void mayIssueSeveralRecommendations() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                            complaintsServiceAnswered(), recommendationIssued())
                    .when(new IssueRecommendationCommand(ID, OTHER_RECOMMENDATION_ID, "HOME_CARE", sealed("Bellen.")))
                    .expectEvents(new RecommendationIssuedEvent(ID, OTHER_RECOMMENDATION_ID, "HOME_CARE",
                            sealed("Bellen.")));
        }

        @Test
        void refusesARecommendationOnAComplaintTheComplaintsServiceHasNotAnswered() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed()),
                    recommend(), Refusal.COMPLAINTS_SERVICE_NOT_ANSWERED);
        }

        @Test
        void refusesARecommendationOnAFirstLineComplaint() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered()),
                    recommend(), Refusal.COMPLAINTS_SERVICE_NOT_ANSWERED);
        }

        /** The lesson of a complaint is often drawn once it is settled. */
        @Test
        void recommendsAlsoAfterTheComplaintIsClosed() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                            complaintsServiceAnswered(), closed())
                    .when(recommend())
                    .expectEvents(recommendationIssued());
        }

        @Test
        void refusesARecommendationOnAComplaintClosedAfterTheFirstLine() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), closed()),
                    recommend(), Refusal.COMPLAINTS_SERVICE_NOT_ANSWERED);
        }

        @Test
        void namesTheOtherComplaintsThatMotivatedIt() {
            List<MotivatingComplaint> motivating = List.of(new MotivatingComplaint(OTHER_COMPLAINT, "PL-2026-000045"));
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                            complaintsServiceAnswered())
                    .when(new IssueRecommendationCommand(ID, RECOMMENDATION_ID, "HEALTHCARE_REIMBURSEMENTS",
                            recommendationIssued().recommendation(), motivating))
                    .expectEvents(new RecommendationIssuedEvent(ID, RECOMMENDATION_ID, "HEALTHCARE_REIMBURSEMENTS",
                            recommendationIssued().recommendation(), motivating));
        }

        @Test
        void refusesARecommendationToADepartmentNobodyKnows() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                            complaintsServiceAnswered()),
                    new IssueRecommendationCommand(ID, RECOMMENDATION_ID, "PAYROLL", sealed("Anders werken.")),
                    Refusal.UNKNOWN_DEPARTMENT);
        }

        /** The complaints service issues, it does not receive: it is not among the departments recommended to. */
        @Test
        void refusesARecommendationToTheComplaintsServiceItself() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                            complaintsServiceAnswered()),
                    new IssueRecommendationCommand(ID, RECOMMENDATION_ID, "COMPLAINTS_SERVICE", sealed("Anders.")),
                    Refusal.UNKNOWN_DEPARTMENT);
        }

        @Test
        void issuesOneIdOnce() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                            complaintsServiceAnswered(), recommendationIssued())
                    .when(recommend())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    /** Issued → accepted or rejected → implemented (only once accepted); each step recorded once. */
    @Nested
    class RecommendationFollowUp {

        private TestExecutor<Complaint> issued(Object... more) {
            List<Object> events = new ArrayList<>(List.of(received(), acknowledged(), routed(), firstLineAnswered(),
                    escalated(), instructed(), complaintsServiceAnswered(), recommendationIssued()));
            events.addAll(List.of(more));
            return fixture.given(events);
        }

        private RecommendationAcceptedEvent accepted() {
            return new RecommendationAcceptedEvent(ID, RECOMMENDATION_ID, "HEALTHCARE_REIMBURSEMENTS");
        }

        private RecommendationRejectedEvent rejected() {
            return new RecommendationRejectedEvent(ID, RECOMMENDATION_ID, "HEALTHCARE_REIMBURSEMENTS",
                    sealed("Het nieuwe systeem lost dit al op."));
        }

        /** The fixture's day (its given events happen at its current time), in the calendar's zone. */
        private LocalDate today(TestExecutor<Complaint> given) {
            return given.currentTime().atZone(WorkingDayCalendar.belgian().zone()).toLocalDate();
        }

        private RecommendationImplementedEvent implemented(LocalDate on) {
            return new RecommendationImplementedEvent(ID, RECOMMENDATION_ID, "HEALTHCARE_REIMBURSEMENTS", on);
        }

        /** Recorded on the fixture's day, the change dated {@code daysFromToday} from it. */
        private void implement(TestExecutor<Complaint> given, int daysFromToday) {
            LocalDate on = today(given).plusDays(daysFromToday);
            given.when(new RecordRecommendationImplementationCommand(ID, RECOMMENDATION_ID, on, given.currentTime()))
                    .expectEvents(implemented(on));
        }

        private void implementRefused(TestExecutor<Complaint> given, Integer daysFromToday, Refusal refusal) {
            LocalDate on = daysFromToday == null ? null : today(given).plusDays(daysFromToday);
            expectRefused(given, new RecordRecommendationImplementationCommand(ID, RECOMMENDATION_ID, on,
                    given.currentTime()), refusal);
        }

        private AcceptRecommendationCommand accept() {
            return new AcceptRecommendationCommand(ID, RECOMMENDATION_ID);
        }

        private RejectRecommendationCommand reject() {
            return new RejectRecommendationCommand(ID, RECOMMENDATION_ID, rejected().reason());
        }

        @Test
        void recordsTheDepartmentsAcceptance() {
            issued().when(accept()).expectEvents(accepted());
        }

        @Test
        void recordsTheDepartmentsRejectionWithItsReason() {
            issued().when(reject()).expectEvents(rejected());
        }

        @Test
        void recordsTheImplementationOfAnAcceptedRecommendation() {
            implement(issued(accepted()), 0);
        }

        @Test
        void followsUpAfterTheComplaintIsClosed() {
            issued(closed()).when(accept()).expectEvents(accepted());
            implement(issued(closed(), accepted()), 0);
        }

        @Test
        void refusesARejectionWithoutAReason() {
            expectRefused(issued(), new RejectRecommendationCommand(ID, RECOMMENDATION_ID, null),
                    Refusal.REJECTION_REASON_MISSING);
        }

        @Test
        void acceptsOrRejectsOnce() {
            expectRefused(issued(accepted()), accept(), Refusal.RECOMMENDATION_ALREADY_ANSWERED);
            expectRefused(issued(accepted()), reject(), Refusal.RECOMMENDATION_ALREADY_ANSWERED);
            expectRefused(issued(rejected()), accept(), Refusal.RECOMMENDATION_ALREADY_ANSWERED);
            expectRefused(issued(rejected()), reject(), Refusal.RECOMMENDATION_ALREADY_ANSWERED);
            expectRefused(issued(accepted(), implemented(LocalDate.now())), reject(),
                    Refusal.RECOMMENDATION_ALREADY_ANSWERED);
        }

        @Test
        void refusesToImplementARecommendationNotAccepted() {
            implementRefused(issued(), 0, Refusal.RECOMMENDATION_NOT_ACCEPTED);
        }

        @Test
        void refusesToImplementARejectedRecommendation() {
            implementRefused(issued(rejected()), 0, Refusal.RECOMMENDATION_REJECTED);
        }

        @Test
        void recordsTheImplementationOnce() {
            implementRefused(issued(accepted(), implemented(LocalDate.now())), 0,
                    Refusal.RECOMMENDATION_ALREADY_IMPLEMENTED);
        }

        @Test
        void refusesAnImplementationWithoutADate() {
            implementRefused(issued(accepted()), null, Refusal.IMPLEMENTATION_DATE_MISSING);
        }

        @Test
        void refusesAnImplementationDatedInTheFuture() {
            implementRefused(issued(accepted()), 1, Refusal.IMPLEMENTATION_DATE_IN_FUTURE);
        }

        @Test
        void refusesAnImplementationDatedBeforeTheAcceptance() {
            implementRefused(issued(accepted()), -1, Refusal.IMPLEMENTED_BEFORE_ACCEPTANCE);
        }

        @Test
        void refusesAStepOnARecommendationTheComplaintDoesNotHave() {
            expectRefused(issued(), new AcceptRecommendationCommand(ID, UUID.randomUUID()),
                    Refusal.UNKNOWN_RECOMMENDATION);
        }

        /** The recommendation's department records it, wherever the complaint is queued. */
        @Test
        void letsTheAgentOfTheRecommendedDepartmentRecordIt() {
            issued(rerouted()).when(accept(), Map.of(Commands.DEPARTMENT_SCOPE, "HEALTHCARE_REIMBURSEMENTS"))
                    .expectEvents(accepted());
        }

        @Test
        void refusesTheAgentOfAnotherDepartmentEvenTheOneInCharge() {
            issued(rerouted()).when(accept(), Map.of(Commands.DEPARTMENT_SCOPE, "AGENCIES"))
                    .expectException(OutsideDepartmentException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Closure {

        @Test
        void closesAComplaintAnsweredByTheFirstLine() {
            fixture.given(received(), acknowledged(), routed(), firstLineAnswered())
                    .when(close())
                    .expectEvents(closed());
        }

        @Test
        void closesAComplaintAnsweredByTheComplaintsService() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                            complaintsServiceAnswered(), recommendationIssued())
                    .when(close())
                    .expectEvents(closed());
        }

        @Test
        void refusesToCloseAnUnansweredComplaint() {
            expectRefused(fixture.given(received(), acknowledged(), routed()),
                    close(), Refusal.NOT_ANSWERED);
        }

        @Test
        void refusesToCloseAnEscalatedComplaintBeforeTheComplaintsServiceAnswered() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed()),
                    close(), Refusal.COMPLAINTS_SERVICE_NOT_ANSWERED);
        }

        @Test
        void refusesToCloseTwice() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), closed()),
                    close(), Refusal.CLOSED);
        }
    }

    @Nested
    class PersonalDataErasure {

        private RecordPersonalDataErasureCommand erase() {
            return new RecordPersonalDataErasureCommand(ID, SUBJECT_ID, ErasureCause.ERASURE_REQUEST);
        }

        @Test
        void recordsTheErasureWhateverTheComplaintsState() {
            fixture.given(received(), acknowledged(), routed())
                    .when(erase())
                    .expectEvents(new PersonalDataErasedEvent(ID, SUBJECT_ID, ErasureCause.ERASURE_REQUEST));
        }

        @Test
        void recordsTheEndOfTheRetentionPeriodOfAClosedComplaint() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), closed())
                    .when(new RecordPersonalDataErasureCommand(ID, SUBJECT_ID, ErasureCause.RETENTION_EXPIRED))
                    .expectEvents(new PersonalDataErasedEvent(ID, SUBJECT_ID, ErasureCause.RETENTION_EXPIRED));
        }

        @Test
        void recordsItOnlyOnce() {
            fixture.given(received(), acknowledged(), new PersonalDataErasedEvent(ID, SUBJECT_ID, ErasureCause.ERASURE_REQUEST))
                    .when(erase())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void stillLetsTheComplaintBeClosedWithoutAReason() {
            fixture.given(received(), acknowledged(), firstLineAnswered(),
                            new PersonalDataErasedEvent(ID, SUBJECT_ID, ErasureCause.ERASURE_REQUEST))
                    .when(new CloseComplaintCommand(ID, null))
                    .expectEvents(new ComplaintClosedEvent(ID, null));
        }
    }

    @Nested
    class ServiceLevels {

        @Test
        void recordsAWarningOncePerLine() {
            fixture.given(received(), acknowledged(), routed())
                    .when(new RecordSlaWarningCommand(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE))
                    .expectEvents(new SlaWarnedEvent(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE));
            fixture.given(received(), acknowledged(), new SlaWarnedEvent(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE))
                    .when(new RecordSlaWarningCommand(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE))
                    .expectNoEvents();
        }

        @Test
        void recordsABreachOncePerLine() {
            fixture.given(received(), acknowledged())
                    .when(new RecordSlaBreachCommand(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE))
                    .expectEvents(new SlaBreachedEvent(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE));
            fixture.given(received(), acknowledged(), new SlaBreachedEvent(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE))
                    .when(new RecordSlaBreachCommand(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE))
                    .expectNoEvents();
        }

        @Test
        void ignoresABreachOfALineThatAnsweredInTime() {
            fixture.given(received(), acknowledged(), firstLineAnswered())
                    .when(new RecordSlaBreachCommand(ID, AnsweringLine.FIRST_LINE, LocalDate.now().plusDays(1)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void recordsABreachOfALineThatAnsweredTooLate() {
            LocalDate longAgo = LocalDate.now().minusDays(30);
            fixture.given(received(), acknowledged(), firstLineAnswered())
                    .when(new RecordSlaBreachCommand(ID, AnsweringLine.FIRST_LINE, longAgo))
                    .expectEvents(new SlaBreachedEvent(ID, AnsweringLine.FIRST_LINE, longAgo));
        }

        @Test
        void warnsNoLongerOnceTheLineAnswered() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated())
                    .when(new RecordSlaWarningCommand(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE))
                    .expectNoEvents();
        }

        @Test
        void keepsTheComplaintsServicesOwnDeadline() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(),
                            new SlaBreachedEvent(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE))
                    .when(new RecordSlaWarningCommand(ID, AnsweringLine.COMPLAINTS_SERVICE, COMPLAINTS_SERVICE_DUE))
                    .expectEvents(new SlaWarnedEvent(ID, AnsweringLine.COMPLAINTS_SERVICE, COMPLAINTS_SERVICE_DUE));
        }
    }

    @Nested
    class DepartmentScope {

        private static final java.util.Map<String, String> HEALTHCARE_AGENT =
                java.util.Map.of(Commands.DEPARTMENT_SCOPE, "HEALTHCARE_REIMBURSEMENTS");
        private static final java.util.Map<String, String> HOME_CARE_AGENT =
                java.util.Map.of(Commands.DEPARTMENT_SCOPE, "HOME_CARE");

        @Test
        void letsTheAgentOfTheDepartmentInChargeAnswer() {
            fixture.given(received(), acknowledged(), routed())
                    .when(answerAsFirstLine(), HEALTHCARE_AGENT)
                    .expectEvents(firstLineAnswered());
        }

        @Test
        void refusesAnAgentOfAnotherDepartmentWhateverTheCommand() {
            fixture.given(received(), acknowledged(), routed())
                    .when(answerAsFirstLine(), HOME_CARE_AGENT)
                    .expectException(OutsideDepartmentException.class)
                    .expectNoEvents();
            fixture.given(received(), acknowledged(), routed(), firstLineAnswered())
                    .when(close(), HOME_CARE_AGENT)
                    .expectException(OutsideDepartmentException.class)
                    .expectNoEvents();
            fixture.given(received(), acknowledged(), routed())
                    .when(new AssignDepartmentCommand(ID, "HOME_CARE", AssignDepartmentCommand.STAFF_REROUTE),
                            HOME_CARE_AGENT)
                    .expectException(OutsideDepartmentException.class)
                    .expectNoEvents();
        }

        /** Not routed yet: in no department's queue, so no agent's. */
        @Test
        void refusesAnyAgentBeforeRouting() {
            fixture.given(received(), acknowledged())
                    .when(answerAsFirstLine(), HEALTHCARE_AGENT)
                    .expectException(OutsideDepartmentException.class)
                    .expectNoEvents();
        }

        /** Once moved away, the complaint is the other department's: its former agents can no longer act on it. */
        @Test
        void followsTheComplaintToTheDepartmentStaffMovedItTo() {
            fixture.given(received(), acknowledged(), routed(), rerouted())
                    .when(answerAsFirstLine(), HEALTHCARE_AGENT)
                    .expectException(OutsideDepartmentException.class)
                    .expectNoEvents();
        }

        /** Officers, administrators and the services send no scope. */
        @Test
        void leavesUnscopedCommandsAlone() {
            fixture.given(received(), acknowledged())
                    .when(answerAsFirstLine())
                    .expectEvents(firstLineAnswered());
        }
    }

    @Nested
    class InterimMessage {

        @Test
        void tellsTheMemberWhyAndTheNewDateWhileTheComplaintsServiceHasTheComplaint() {
            fixture.given(received(), acknowledged(), routed(), firstLineAnswered(), escalated(), instructed())
                    .when(recordInterimMessage(NEW_DATE))
                    .expectEvents(interimMessageRecorded());
        }

        @Test
        void maySendAnotherWithALaterDate() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), interimMessageRecorded())
                    .when(recordInterimMessage(NEW_DATE))
                    .expectEvents(interimMessageRecorded());
        }

        @Test
        void refusesOneBeforeTheEscalation() {
            expectRefused(fixture.given(received(), acknowledged(), routed()),
                    recordInterimMessage(NEW_DATE), Refusal.NOT_ESCALATED);
        }

        @Test
        void refusesOneOnceTheComplaintsServiceAnswered() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                    complaintsServiceAnswered()), recordInterimMessage(NEW_DATE),
                    Refusal.COMPLAINTS_SERVICE_ALREADY_ANSWERED);
        }

        @Test
        void refusesOneOnADeclinedComplaint() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), declined(),
                    closedByDecline()), recordInterimMessage(NEW_DATE), Refusal.DECLINED);
        }

        @Test
        void refusesADateThatIsTodayPastOrNoWorkingDay() {
            TestExecutor<Complaint> escalatedComplaint = fixture.given(received(), acknowledged(), firstLineAnswered(),
                    escalated());
            expectRefused(escalatedComplaint, recordInterimMessage(LocalDate.parse("2027-01-05")),
                    Refusal.EXPECTED_DATE_NOT_AHEAD);
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated()),
                    recordInterimMessage(LocalDate.parse("2027-01-04")), Refusal.EXPECTED_DATE_NOT_AHEAD);
            // Sunday 31 January 2027.
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated()),
                    recordInterimMessage(LocalDate.parse("2027-01-31")), Refusal.EXPECTED_DATE_NOT_AHEAD);
        }

        @Test
        void refusesADepartmentsAgentAsTheSecondLineIsIndependent() {
            fixture.given(received(), acknowledged(), routed(), firstLineAnswered(), escalated(),
                            new ComplaintRoutedEvent(ID, "HEALTHCARE_REIMBURSEMENTS", "category-reimbursement",
                                    "COMPLAINTS_SERVICE"))
                    .when(recordInterimMessage(NEW_DATE), HEALTHCARE_AGENT)
                    .expectException(ComplaintsServiceOnlyException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class DepartmentInput {

        private static final java.util.Map<String, String> ASKED_AGENT =
                java.util.Map.of(Commands.DEPARTMENT_SCOPE, ASKED);
        private static final java.util.Map<String, String> FIRST_LINE_AGENT =
                java.util.Map.of(Commands.DEPARTMENT_SCOPE, "HEALTHCARE_REIMBURSEMENTS");
        private static final java.util.Map<String, String> OTHER_AGENT =
                java.util.Map.of(Commands.DEPARTMENT_SCOPE, "AGENCIES");

        @Test
        void asksADepartmentForItsInputWhileInstructing() {
            fixture.given(escalatedToTheComplaintsService())
                    .when(requestInput())
                    .expectEvents(inputRequested());
        }

        @Test
        void asksAgainOrAnotherDepartmentAsARequestOfItsOwn() {
            RequestDepartmentInputCommand again = new RequestDepartmentInputCommand(ID, ANOTHER_INPUT_REQUEST, "AGENCIES",
                    sealed("En aan het loket?"));
            fixture.given(with(escalatedToTheComplaintsService(), instructed(), inputRequested(), inputGiven()))
                    .when(again)
                    .expectEvents(new DepartmentInputRequestedEvent(ID, ANOTHER_INPUT_REQUEST, "AGENCIES",
                            again.question()));
        }

        @Test
        void refusesToAskBeforeTheEscalation() {
            expectRefused(fixture.given(received(), acknowledged(), routed(), firstLineAnswered()),
                    requestInput(), Refusal.NOT_ESCALATED);
        }

        @Test
        void refusesToAskOnceTheResultWasCommunicated() {
            expectRefused(fixture.given(with(escalatedToTheComplaintsService(), instructed(),
                            complaintsServiceAnswered())),
                    requestInput(), Refusal.COMPLAINTS_SERVICE_ALREADY_ANSWERED);
        }

        @Test
        void refusesToAskOnAClosedComplaint() {
            expectRefused(fixture.given(with(escalatedToTheComplaintsService(), instructed(),
                            complaintsServiceAnswered(), closed())),
                    requestInput(), Refusal.CLOSED);
        }

        @Test
        void recordsTheReplyOfTheDepartmentAsked() {
            fixture.given(with(escalatedToTheComplaintsService(), inputRequested()))
                    .when(giveInput(), ASKED_AGENT)
                    .expectEvents(inputGiven());
        }

        /** An administrator (no scope) may record it on the department's behalf. */
        @Test
        void recordsAReplyWithoutScope() {
            fixture.given(with(escalatedToTheComplaintsService(), inputRequested()))
                    .when(giveInput())
                    .expectEvents(inputGiven());
        }

        @Test
        void recordsALateReplyAfterTheResult() {
            fixture.given(with(escalatedToTheComplaintsService(), inputRequested(), instructed(),
                            complaintsServiceAnswered()))
                    .when(giveInput(), ASKED_AGENT)
                    .expectEvents(inputGiven());
        }

        /** A reply is on record as given: a second one, even the same text, is refused with its reason. */
        @Test
        void refusesASecondReply() {
            expectRefused(fixture.given(with(escalatedToTheComplaintsService(), inputRequested(), inputGiven())),
                    giveInput(), Refusal.INPUT_ALREADY_GIVEN);
        }

        @Test
        void refusesAReplyToNoRequest() {
            expectRefused(fixture.given(escalatedToTheComplaintsService()), giveInput(),
                    Refusal.UNKNOWN_INPUT_REQUEST);
        }

        @Test
        void refusesAReplyOnAClosedComplaint() {
            expectRefused(fixture.given(with(escalatedToTheComplaintsService(), inputRequested(), instructed(),
                            complaintsServiceAnswered(), closed())),
                    giveInput(), Refusal.CLOSED);
        }

        @Test
        void refusesTheReplyOfADepartmentNotAsked() {
            fixture.given(with(escalatedToTheComplaintsService(), inputRequested()))
                    .when(giveInput(), FIRST_LINE_AGENT)
                    .expectException(OutsideDepartmentException.class)
                    .expectNoEvents();
            fixture.given(with(escalatedToTheComplaintsService(), inputRequested()))
                    .when(giveInput(), OTHER_AGENT)
                    .expectException(OutsideDepartmentException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Decline {

        @Test
        void declinesAndClosesAComplaintAboutAMedecinConseil() {
            fixture.given(received(), acknowledged(), routed())
                    .when(decline(DeclineReason.MEDICAL_ADVISOR))
                    .expectEvents(declined(), closedByDecline());
        }

        @Test
        void declinesAComplaintOutOfScopeEvenWhileTheComplaintsServiceHasIt() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed())
                    .when(decline(DeclineReason.NOT_ABOUT_OUR_SERVICES))
                    .expectEvents(new ComplaintDeclinedEvent(ID, DeclineReason.NOT_ABOUT_OUR_SERVICES,
                            declined().explanation(), "officer"), closedByDecline());
        }

        @Test
        void refusesAnonymityAsAReason() {
            expectRefused(fixture.given(received(), acknowledged(), routed()),
                    decline(DeclineReason.ANONYMOUS), Refusal.NOT_A_DECLINE_REASON);
        }

        @Test
        void refusesOnceTheComplaintsServiceAnswered() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                    complaintsServiceAnswered()), decline(DeclineReason.MEDICAL_ADVISOR),
                    Refusal.COMPLAINTS_SERVICE_ALREADY_ANSWERED);
        }

        @Test
        void refusesAClosedComplaint() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), closed()),
                    decline(DeclineReason.MEDICAL_ADVISOR), Refusal.CLOSED);
        }

        @Test
        void refusesADepartmentsAgent() {
            fixture.given(received(), acknowledged(), routed())
                    .when(decline(DeclineReason.MEDICAL_ADVISOR), HEALTHCARE_AGENT)
                    .expectException(TransitionRefusedException.class)
                    .expectExceptionMessage(Refusal.OFFICERS_ONLY.message())
                    .expectNoEvents();
        }

        @Test
        void aDeclinedComplaintRefusesEveryFurtherAction() {
            Object[] declinedComplaint = {received(), acknowledged(), routed(), firstLineAnswered(), declined(),
                    closedByDecline()};
            expectRefused(fixture.given(declinedComplaint), decline(DeclineReason.MEDICAL_ADVISOR), Refusal.DECLINED);
            expectRefused(fixture.given(declinedComplaint), escalate(), Refusal.DECLINED);
            expectRefused(fixture.given(declinedComplaint), close(), Refusal.DECLINED);
            expectRefused(fixture.given(declinedComplaint),
                    new AssignDepartmentCommand(ID, "AGENCIES", AssignDepartmentCommand.STAFF_REROUTE), Refusal.DECLINED);
            expectRefused(fixture.given(declinedComplaint), answerAsFirstLine(), Refusal.DECLINED);
        }

        @Test
        void aDeclinedComplaintRecordsNoLaterDeadline() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), declined(), closedByDecline())
                    .when(new RecordSlaBreachCommand(ID, AnsweringLine.COMPLAINTS_SERVICE, COMPLAINTS_SERVICE_DUE))
                    .expectNoEvents();
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), declined(), closedByDecline())
                    .when(new RecordSlaWarningCommand(ID, AnsweringLine.COMPLAINTS_SERVICE, COMPLAINTS_SERVICE_DUE))
                    .expectNoEvents();
        }
    }

    /** Once escalated, only the complaints service acts: the second line is independent. */
    @Nested
    class SecondLineIndependence {

        private static final java.util.Map<String, String> FIRST_LINE_AGENT =
                java.util.Map.of(Commands.DEPARTMENT_SCOPE, "HEALTHCARE_REIMBURSEMENTS");
        private static final java.util.Map<String, String> ASKED_AGENT =
                java.util.Map.of(Commands.DEPARTMENT_SCOPE, ASKED);
        private static final java.util.Map<String, String> OTHER_AGENT =
                java.util.Map.of(Commands.DEPARTMENT_SCOPE, "AGENCIES");

        @Test
        void refusesTheFirstLineAgentsCommandsOnceEscalated() {
            Object[] answered = with(escalatedToTheComplaintsService(), instructed(), complaintsServiceAnswered());
            fixture.given(answered)
                    .when(close(), FIRST_LINE_AGENT)
                    .expectException(ComplaintsServiceOnlyException.class)
                    .expectNoEvents();
            fixture.given(escalatedToTheComplaintsService())
                    .when(new AssignDepartmentCommand(ID, "AGENCIES", AssignDepartmentCommand.STAFF_REROUTE),
                            FIRST_LINE_AGENT)
                    .expectException(ComplaintsServiceOnlyException.class)
                    .expectNoEvents();
            fixture.given(escalatedToTheComplaintsService())
                    .when(answerAsFirstLine(), FIRST_LINE_AGENT)
                    .expectException(ComplaintsServiceOnlyException.class)
                    .expectNoEvents();
        }

        /** Even before routing moved it to the complaints service's queue (routing lagging). */
        @Test
        void refusesTheFirstLineAgentWhileTheComplaintIsStillInItsQueue() {
            fixture.given(received(), acknowledged(), routed(), firstLineAnswered(), escalated())
                    .when(new AssignDepartmentCommand(ID, "AGENCIES", AssignDepartmentCommand.STAFF_REROUTE),
                            FIRST_LINE_AGENT)
                    .expectException(ComplaintsServiceOnlyException.class)
                    .expectNoEvents();
        }

        @Test
        void refusesTheAskedDepartmentAnythingButItsReply() {
            fixture.given(with(escalatedToTheComplaintsService(), inputRequested(), instructed(),
                            complaintsServiceAnswered()))
                    .when(close(), ASKED_AGENT)
                    .expectException(ComplaintsServiceOnlyException.class)
                    .expectNoEvents();
        }

        /** Another department learns only that the complaint is not theirs. */
        @Test
        void tellsAnUnrelatedDepartmentOnlyThatItIsNotTheirs() {
            fixture.given(escalatedToTheComplaintsService())
                    .when(close(), OTHER_AGENT)
                    .expectException(OutsideDepartmentException.class)
                    .expectNoEvents();
        }

        @Test
        void letsTheComplaintsServiceActAsBefore() {
            fixture.given(with(escalatedToTheComplaintsService(), instructed(), complaintsServiceAnswered()))
                    .when(close())
                    .expectEvents(closed());
        }
    }
}
