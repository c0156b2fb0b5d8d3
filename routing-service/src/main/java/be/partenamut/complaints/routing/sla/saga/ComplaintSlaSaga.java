package be.partenamut.complaints.routing.sla.saga;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.routing.assignment.DepartmentCatalogue;
import be.partenamut.complaints.routing.sla.SlaNotifications;
import be.partenamut.complaints.routing.sla.SlaPolicy;
import be.partenamut.complaints.routing.sla.api.ComplaintAnsweredEvent;
import be.partenamut.complaints.routing.sla.api.ComplaintClosedEvent;
import be.partenamut.complaints.routing.sla.api.ComplaintEscalatedEvent;
import be.partenamut.complaints.routing.sla.api.ComplaintReceivedEvent;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Saga;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * The SLA timers of one complaint. Each line (first line, then the complaints service after an
 * escalation) has a period that ends at the end of its due date; staff are warned
 * {@code complaints.calendar.warning-working-days} working days before, and the breach is raised when
 * the due date has ended without an answer. An answer stops the line's timers.
 * <p>
 * The deadlines are Axon deadlines kept by db-scheduler in PostgreSQL, so they fire after a restart
 * too; the saga itself is kept in {@code saga_entry}. Each warning and breach is raised at most once
 * per line: the saga records it in the same transaction, and a breach that comes before its warning
 * (both overdue at once) raises the warning first.
 */
@Saga
@ProcessingGroup(ComplaintSlaSaga.PROCESSING_GROUP)
@Revision("1")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ComplaintSlaSaga {

    public static final String PROCESSING_GROUP = "complaint-sla";
    static final String COMPLAINT_ID = "complaintId";
    static final String WARNING_DEADLINE = "sla-warning";
    static final String BREACH_DEADLINE = "sla-breach";

    private UUID complaintId;
    private Map<AnsweringLine, SlaTimer> timers = new EnumMap<>(AnsweringLine.class);

    @StartSaga
    @SagaEventHandler(associationProperty = COMPLAINT_ID)
    public void on(ComplaintReceivedEvent received, DeadlineManager deadlines, SlaPolicy policy,
                   SlaNotifications notifications) {
        complaintId = received.complaintId();
        if (timers.containsKey(AnsweringLine.FIRST_LINE)) {
            return;
        }
        start(AnsweringLine.FIRST_LINE, received.department(), received.dueDate(), received.correlationId(),
                received.causationId(), deadlines, policy, notifications);
    }

    /** Starts a saga too: a complaint closed after its first-line answer may still be escalated. */
    @StartSaga
    @SagaEventHandler(associationProperty = COMPLAINT_ID)
    public void on(ComplaintEscalatedEvent escalated, DeadlineManager deadlines, SlaPolicy policy,
                   SlaNotifications notifications) {
        complaintId = escalated.complaintId();
        SlaTimer firstLine = timers.get(AnsweringLine.FIRST_LINE);
        if (firstLine != null && firstLine.running()) {
            stop(firstLine, deadlines, notifications);
        }
        if (timers.containsKey(AnsweringLine.COMPLAINTS_SERVICE)) {
            return;
        }
        start(AnsweringLine.COMPLAINTS_SERVICE, DepartmentCatalogue.COMPLAINTS_SERVICE, escalated.dueDate(),
                escalated.correlationId(), escalated.causationId(), deadlines, policy, notifications);
    }

    @SagaEventHandler(associationProperty = COMPLAINT_ID)
    public void on(ComplaintAnsweredEvent answered, DeadlineManager deadlines, SlaNotifications notifications) {
        SlaTimer timer = timers.get(answered.line());
        if (timer != null && timer.running()) {
            stop(timer, deadlines, notifications);
        }
        if (answered.line() == AnsweringLine.COMPLAINTS_SERVICE) {
            // Nothing is timed after the complaints service's answer: the office allows one escalation.
            SagaLifecycle.end();
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = COMPLAINT_ID)
    public void on(ComplaintClosedEvent closed, DeadlineManager deadlines, SlaNotifications notifications) {
        for (SlaTimer timer : timers.values().toArray(new SlaTimer[0])) {
            if (timer.running()) {
                stop(timer, deadlines, notifications);
            }
        }
    }

    @DeadlineHandler(deadlineName = WARNING_DEADLINE)
    public void warningDue(SlaDeadline deadline, SlaNotifications notifications) {
        SlaTimer timer = timers.get(deadline.line());
        if (timer == null || !timer.running() || timer.warned() || timer.breached()) {
            return;
        }
        notifications.warn(complaintId, timer.line(), timer.dueDate(), timer.correlationId(), timer.causationId());
        timers.put(timer.line(), timer.markWarned());
    }

    @DeadlineHandler(deadlineName = BREACH_DEADLINE)
    public void breachDue(SlaDeadline deadline, DeadlineManager deadlines, SlaNotifications notifications) {
        SlaTimer timer = timers.get(deadline.line());
        if (timer == null || !timer.running() || timer.breached()) {
            return;
        }
        if (!timer.warned() && timer.warningDeadline() != null) {
            // Both were overdue (a late due date, or the service was down): warn first, once.
            deadlines.cancelSchedule(WARNING_DEADLINE, timer.warningDeadline());
            notifications.warn(complaintId, timer.line(), timer.dueDate(), timer.correlationId(),
                    timer.causationId());
            timer = timer.markWarned();
        }
        notifications.breach(complaintId, timer.line(), timer.dueDate(), timer.correlationId(), timer.causationId());
        timers.put(timer.line(), timer.markBreached());
    }

    private void start(AnsweringLine line, String department, LocalDate dueDate, String correlationId,
                       String causationId, DeadlineManager deadlines, SlaPolicy policy,
                       SlaNotifications notifications) {
        SlaDeadline payload = new SlaDeadline(complaintId, line, dueDate);
        String warning = policy.warningDate(dueDate)
                .map(day -> deadlines.schedule(policy.endOf(day), WARNING_DEADLINE, payload))
                .orElse(null);
        String breach = deadlines.schedule(policy.endOf(dueDate), BREACH_DEADLINE, payload);
        timers.put(line, new SlaTimer(line, dueDate, warning, breach, false, false, false, correlationId,
                causationId));
        notifications.started(complaintId, line, department, dueDate);
    }

    private void stop(SlaTimer timer, DeadlineManager deadlines, SlaNotifications notifications) {
        if (timer.warningDeadline() != null && !timer.warned() && !timer.breached()) {
            deadlines.cancelSchedule(WARNING_DEADLINE, timer.warningDeadline());
        }
        if (!timer.breached()) {
            deadlines.cancelSchedule(BREACH_DEADLINE, timer.breachDeadline());
        }
        timers.put(timer.line(), timer.markStopped());
        notifications.stopped(complaintId, timer.line());
    }
}
