package be.partenamut.complaints.office.complaint.command;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Escalability;
import be.partenamut.complaints.contracts.EscalationRule;
import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.office.complaint.api.AnswerAsComplaintsServiceCommand;
import be.partenamut.complaints.office.complaint.api.AnswerAsFirstLineCommand;
import be.partenamut.complaints.office.complaint.api.AssignDepartmentCommand;
import be.partenamut.complaints.office.complaint.api.CloseComplaintCommand;
import be.partenamut.complaints.office.complaint.api.ComplaintAcknowledgedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintAnsweredEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintClosedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintEscalatedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.api.ComplaintInstructedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintReceivedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintRoutedEvent;
import be.partenamut.complaints.office.complaint.api.EscalateComplaintCommand;
import be.partenamut.complaints.office.complaint.api.InstructComplaintCommand;
import be.partenamut.complaints.office.complaint.api.IssueRecommendationCommand;
import be.partenamut.complaints.office.complaint.api.PersonalDataErasedEvent;
import be.partenamut.complaints.office.complaint.api.ReceiveComplaintCommand;
import be.partenamut.complaints.office.complaint.api.RecommendationIssuedEvent;
import be.partenamut.complaints.office.complaint.api.RecordPersonalDataErasureCommand;
import be.partenamut.complaints.office.complaint.api.RecordSlaBreachCommand;
import be.partenamut.complaints.office.complaint.api.RecordSlaWarningCommand;
import be.partenamut.complaints.office.complaint.api.SlaBreachedEvent;
import be.partenamut.complaints.office.complaint.api.SlaWarnedEvent;
import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import be.partenamut.complaints.office.complaint.api.Commands;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A complaint, from its receipt to its closure. Command handlers check the policy's order of things
 * and apply events; only the event sourcing handlers change state.
 * <p>
 * The order: received and acknowledged at once → routed to the service in charge → answered by it
 * (first line) → if the member still disagrees, escalated to the complaints service → instructed
 * with the service concerned → answered by the complaints service with an outcome → recommendations
 * to departments → closed. A complaint closed after its first-line answer may still be escalated:
 * the member keeps that right.
 * <p>
 * It keeps only what these rules read. What staff see (where the complaint stands, what became of the
 * messages about it) is the query side's: see {@code complaint.query}.
 */
@Aggregate(commandTargetResolver = ExpectedVersionTargetResolver.BEAN_NAME)
public class Complaint {

    @AggregateIdentifier
    private ComplaintId complaintId;
    private boolean closed;
    private String department;
    private boolean routedByStaff;
    private boolean firstLineAnswered;
    private boolean escalated;
    private UUID escalatedBy;
    private boolean instructed;
    private boolean answeredByComplaintsService;
    private boolean personalDataErased;
    private SubmissionKind kind;
    private final Map<AnsweringLine, Instant> answeredAt = new EnumMap<>(AnsweringLine.class);
    private final Set<AnsweringLine> warned = EnumSet.noneOf(AnsweringLine.class);
    private final Set<AnsweringLine> breached = EnumSet.noneOf(AnsweringLine.class);

    protected Complaint() {
        // Axon rebuilds the complaint from its events.
    }

    /**
     * Before any command: a department's agent acts only on the complaints in that department's queue, as the
     * complaint stands when the command is handled (so a reroute at the same moment cannot let an answer
     * through); officers, administrators and systems send no scope and act on every complaint. Then, when the
     * command names the version its sender saw ({@link ExpectedVersionTargetResolver}), any event stored since
     * refuses it: staff act on what they read, never over a change they have not seen. Both checks run on the
     * complaint loaded under its lock, so no other command can slip in between the check and the events.
     * (The department comes first: an agent outside it learns nothing of what changed.)
     */
    @CommandHandlerInterceptor
    void beforeEachCommand(@MetaDataValue(Commands.DEPARTMENT_SCOPE) String departmentScope,
                           ConflictResolver changesSinceExpectedVersion) {
        if (departmentScope != null && !departmentScope.equals(department)) {
            throw OutsideDepartmentException.complaint(departmentScope);
        }
        changesSinceExpectedVersion.detectConflicts(unseen -> !unseen.isEmpty(),
                (String id, long expectedVersion, long actualVersion) ->
                        new ComplaintChangedException(expectedVersion, actualVersion));
    }

    /** A submission delivered twice (Kafka delivers at least once) registers the complaint once. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ReceiveComplaintCommand command) {
        if (complaintId != null) {
            return;
        }
        apply(new ComplaintReceivedEvent(command.complaintId(), command.file()));
        // The policy promises an acknowledgement of receipt at once, whatever the channel.
        apply(new ComplaintAcknowledgedEvent(command.complaintId(), command.file().reference()));
    }

    /**
     * A routing decision never undoes a staff reroute: once staff chose the department of the line the
     * complaint is in, routing's decisions by its rules are ignored (no event, no error) until an
     * escalation passes the complaint to the complaints service, whose assignment by routing applies.
     * <p>
     * Why a rule rather than comparing times (routing's {@code occurredAt} against the reroute's): routing
     * decides a line's department when it reads the complaint's receipt or escalation, so its decision can
     * be made, not only delivered, after a reroute (routing was down, or lagging): it is then newer and
     * still wrong. Times would also compare two services' clocks. One complaint's decisions reach the
     * office in the order routing made them (one partition per complaint), so one decision cannot overtake
     * another; a redelivered decision is skipped by its message id before it gets here.
     */
    @CommandHandler
    public void handle(AssignDepartmentCommand command) {
        boolean byStaff = AssignDepartmentCommand.STAFF_REROUTE.equals(command.routingRule());
        if (routedByStaff && !byStaff) {
            return;
        }
        refuse(progress().refusesReroute());
        if (Objects.equals(department, command.department())) {
            return;
        }
        apply(new ComplaintRoutedEvent(complaintId, command.department(), command.routingRule(), department));
    }

    @CommandHandler
    public void handle(AnswerAsFirstLineCommand command) {
        refuse(progress().refusesFirstLineAnswer());
        apply(new ComplaintAnsweredEvent(complaintId, AnsweringLine.FIRST_LINE, null, command.answer()));
    }

    /** The same request delivered again (Kafka delivers at least once) escalates the complaint once. */
    @CommandHandler
    public void handle(EscalateComplaintCommand command) {
        Escalability escalability = new EscalationRule(firstLineAnswered, escalated, escalatedBy, kind)
                .decide(command.requestId());
        if (escalability == Escalability.REPEATED) {
            return;
        }
        if (escalability.refused()) {
            throw new TransitionRefusedException(Refusal.notEscalable(escalability));
        }
        apply(new ComplaintEscalatedEvent(complaintId, command.reason(), command.escalationReceivedAt(),
                command.dueDate(), command.requestId()));
    }

    @CommandHandler
    public void handle(InstructComplaintCommand command) {
        refuse(progress().refusesInstruction());
        apply(new ComplaintInstructedEvent(complaintId, command.findings()));
    }

    @CommandHandler
    public void handle(AnswerAsComplaintsServiceCommand command) {
        refuse(progress().refusesComplaintsServiceAnswer());
        apply(new ComplaintAnsweredEvent(complaintId, AnsweringLine.COMPLAINTS_SERVICE, command.outcome(),
                command.answer()));
    }

    @CommandHandler
    public void handle(IssueRecommendationCommand command) {
        refuse(progress().refusesRecommendation());
        apply(new RecommendationIssuedEvent(complaintId, command.recommendationId(), command.department(),
                command.recommendation()));
    }

    @CommandHandler
    public void handle(CloseComplaintCommand command) {
        refuse(progress().refusesClosure());
        apply(new ComplaintClosedEvent(complaintId, command.reason()));
    }

    /** Allowed whatever the state: erasure and retention do not wait for the complaint's life to end. */
    @CommandHandler
    public void handle(RecordPersonalDataErasureCommand command) {
        if (personalDataErased) {
            return;
        }
        apply(new PersonalDataErasedEvent(complaintId, command.dataSubjectId(), command.cause()));
    }

    /** A warning matters only while the line has not answered; routing may repeat it: recorded once. */
    @CommandHandler
    public void handle(RecordSlaWarningCommand command) {
        if (warned.contains(command.line()) || answeredAt.containsKey(command.line())) {
            return;
        }
        apply(new SlaWarnedEvent(complaintId, command.line(), command.dueDate()));
    }

    /**
     * Recorded once per line, unless the line answered by the end of the due date: routing may have
     * fired before it saw an answer that was in time.
     */
    @CommandHandler
    public void handle(RecordSlaBreachCommand command, WorkingDayCalendar calendar) {
        Instant answered = answeredAt.get(command.line());
        boolean answeredInTime = answered != null
                && !answered.atZone(calendar.zone()).toLocalDate().isAfter(command.dueDate());
        if (breached.contains(command.line()) || answeredInTime) {
            return;
        }
        apply(new SlaBreachedEvent(complaintId, command.line(), command.dueDate()));
    }

    @EventSourcingHandler
    void on(ComplaintReceivedEvent event) {
        complaintId = event.complaintId();
        kind = event.file().kind();
    }

    @EventSourcingHandler
    void on(ComplaintRoutedEvent event) {
        department = event.department();
        routedByStaff = AssignDepartmentCommand.STAFF_REROUTE.equals(event.routingRule());
    }

    @EventSourcingHandler
    void on(ComplaintAnsweredEvent event, @Timestamp Instant at) {
        answeredAt.put(event.line(), at);
        if (event.line() == AnsweringLine.FIRST_LINE) {
            firstLineAnswered = true;
        } else {
            answeredByComplaintsService = true;
        }
    }

    @EventSourcingHandler
    void on(ComplaintEscalatedEvent event) {
        escalated = true;
        escalatedBy = event.requestId();
        // A new line: routing's assignment to the complaints service applies, whatever staff chose before.
        routedByStaff = false;
        // An escalation reopens a complaint closed after its first-line answer.
        closed = false;
    }

    @EventSourcingHandler
    void on(ComplaintInstructedEvent event) {
        instructed = true;
    }

    @EventSourcingHandler
    void on(ComplaintClosedEvent event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(SlaWarnedEvent event) {
        warned.add(event.line());
    }

    @EventSourcingHandler
    void on(SlaBreachedEvent event) {
        breached.add(event.line());
    }

    @EventSourcingHandler
    void on(PersonalDataErasedEvent event) {
        personalDataErased = true;
    }

    /** How far the complaint has come: the rules of its staff commands are decided on it. */
    private ComplaintProgress progress() {
        return new ComplaintProgress(closed, firstLineAnswered, escalated, instructed, answeredByComplaintsService, kind);
    }

    private static void refuse(Optional<Refusal> refusal) {
        if (refusal.isPresent()) {
            throw new TransitionRefusedException(refusal.get());
        }
    }
}
