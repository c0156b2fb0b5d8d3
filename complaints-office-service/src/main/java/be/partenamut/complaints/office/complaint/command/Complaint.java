package be.partenamut.complaints.office.complaint.command;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.DeclineReason;
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
import be.partenamut.complaints.office.complaint.api.EscalateComplaintCommand;
import be.partenamut.complaints.office.complaint.api.InstructComplaintCommand;
import be.partenamut.complaints.contracts.Departments;
import be.partenamut.complaints.office.complaint.api.AcceptRecommendationCommand;
import be.partenamut.complaints.office.complaint.api.IssueRecommendationCommand;
import be.partenamut.complaints.office.complaint.api.RecommendationAcceptedEvent;
import be.partenamut.complaints.office.complaint.api.RecommendationFollowUpCommand;
import be.partenamut.complaints.office.complaint.api.RecommendationImplementedEvent;
import be.partenamut.complaints.office.complaint.api.RecommendationRejectedEvent;
import be.partenamut.complaints.office.complaint.api.RecordRecommendationImplementationCommand;
import be.partenamut.complaints.office.complaint.api.RejectRecommendationCommand;
import be.partenamut.complaints.office.complaint.api.PersonalDataErasedEvent;
import be.partenamut.complaints.office.complaint.api.ReceiveComplaintCommand;
import be.partenamut.complaints.office.complaint.api.RegisterEscalatedComplaintCommand;
import be.partenamut.complaints.office.complaint.api.RecommendationIssuedEvent;
import be.partenamut.complaints.office.complaint.api.RecordDepartmentInputCommand;
import be.partenamut.complaints.office.complaint.api.RecordPersonalDataErasureCommand;
import be.partenamut.complaints.office.complaint.api.RecordSlaBreachCommand;
import be.partenamut.complaints.office.complaint.api.RecordSlaWarningCommand;
import be.partenamut.complaints.office.complaint.api.RequestDepartmentInputCommand;
import be.partenamut.complaints.office.complaint.api.SlaBreachedEvent;
import be.partenamut.complaints.office.complaint.api.SlaWarnedEvent;
import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import be.partenamut.complaints.office.complaint.api.Commands;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.conflictresolution.ConflictResolver;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
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
 * to departments, each followed up by its department (accepted or rejected, then implemented), also after the
 * complaint is closed → closed. A complaint closed after its first-line answer may still be escalated:
 * the member keeps that right.
 * <p>
 * Two steps stand beside that order. While the complaints service has the complaint and has not answered, an
 * officer may send the member an interim message (why the result is late, and its new expected date). Until the
 * complaints service answered or the complaint was closed, an officer may decline it (the policy does not
 * handle it): a {@link ComplaintDeclinedEvent} then a {@link ComplaintClosedEvent}, and nothing more is done on
 * it, not even an escalation.
 * <p>
 * It keeps only what these rules read. What staff see (where the complaint stands, what became of the
 * messages about it) is the query side's: see {@code complaint.query}.
 */
@Aggregate(commandTargetResolver = ExpectedVersionTargetResolver.BEAN_NAME)
public class Complaint {

    @AggregateIdentifier
    private ComplaintId complaintId;
    private Instant receivedAt;
    private LocalDate firstLineDueDate;
    private boolean closed;
    private String department;
    private boolean routedByStaff;
    private boolean firstLineAnswered;
    private boolean escalated;
    private UUID escalatedBy;
    private boolean instructed;
    private boolean answeredByComplaintsService;
    private boolean personalDataErased;
    private boolean declined;
    /** The department whose queue the complaint was in when it was escalated: it may still read it. */
    private String firstLineDepartment;
    /** The departments asked for their input, by request id, and whether each replied. */
    private final Map<UUID, InputRequest> inputRequests = new HashMap<>();
    private SubmissionKind kind;
    private final Map<AnsweringLine, Instant> answeredAt = new EnumMap<>(AnsweringLine.class);
    private final Set<AnsweringLine> warned = EnumSet.noneOf(AnsweringLine.class);
    private final Set<AnsweringLine> breached = EnumSet.noneOf(AnsweringLine.class);
    private final Map<UUID, RecommendationProgress> recommendations = new HashMap<>();

    protected Complaint() {
        // Axon rebuilds the complaint from its events.
    }

    /**
     * Before any command: a department's agent acts only on the complaints in that department's queue, as the
     * complaint stands when the command is handled (so a reroute at the same moment cannot let an answer
     * through); officers, administrators and systems send no scope and act on every complaint. Once the complaint
     * is escalated, the second line is independent: no agent acts on it any more (the first-line department and
     * the departments asked for input are told so, others only that it is not theirs), save the department asked
     * for its input, which replies to its own request. Then, when the
     * command names the version its sender saw ({@link ExpectedVersionTargetResolver}), any event stored since
     * refuses it: staff act on what they read, never over a change they have not seen. Both checks run on the
     * complaint loaded under its lock, so no other command can slip in between the check and the events.
     * (The department comes first: an agent outside it learns nothing of what changed.)
     * <p>
     * A recommendation's follow-up is the business of the department it is addressed to, wherever the complaint
     * is queued: its agents (and the complaints service) record it, other departments' agents may not.
     */
    @CommandHandlerInterceptor
    void beforeEachCommand(CommandMessage<?> command,
                           @MetaDataValue(Commands.DEPARTMENT_SCOPE) String departmentScope,
                           ConflictResolver changesSinceExpectedVersion) {
        if (command.getPayload() instanceof RecommendationFollowUpCommand followUp) {
            checkAddressee(followUp, departmentScope);
        } else if (departmentScope != null) {
            checkWithinReach(departmentScope, command.getPayload());
        }
        changesSinceExpectedVersion.detectConflicts(unseen -> !unseen.isEmpty(),
                (String id, long expectedVersion, long actualVersion) ->
                        new ComplaintChangedException(expectedVersion, actualVersion));
    }

    private void checkWithinReach(String departmentScope, Object payload) {
        if (payload instanceof RecordDepartmentInputCommand reply) {
            InputRequest asked = inputRequests.get(reply.inputRequestId());
            if (asked == null || !departmentScope.equals(asked.department())) {
                throw OutsideDepartmentException.complaint(departmentScope);
            }
            return;
        }
        if (escalated && (departmentScope.equals(firstLineDepartment) || departmentScope.equals(department)
                || inputRequests.values().stream().anyMatch(r -> departmentScope.equals(r.department())))) {
            throw new ComplaintsServiceOnlyException(departmentScope);
        }
        if (!departmentScope.equals(department)) {
            throw OutsideDepartmentException.complaint(departmentScope);
        }
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
     * The complaint of a member who spoke to the first line orally and found no arrangement, registered with its
     * escalation at once: no acknowledgement of receipt, the escalation's acknowledgement is the member's (as for
     * any escalation). The oral contact cannot postdate the request nor come from the future.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterEscalatedComplaintCommand command, WorkingDayCalendar calendar) {
        if (complaintId != null) {
            throw new TransitionRefusedException(Refusal.ALREADY_REGISTERED);
        }
        LocalDate requestedOn = command.file().receivedAt().atZone(calendar.zone()).toLocalDate();
        if (command.oralFirstLineContact() == null || command.oralFirstLineContact().on().isAfter(requestedOn)) {
            throw new TransitionRefusedException(Refusal.ORAL_CONTACT_AFTER_REQUEST);
        }
        apply(new ComplaintReceivedEvent(command.complaintId(), command.file()));
        apply(new ComplaintEscalatedEvent(command.complaintId(), command.reason(), command.file().receivedAt(),
                command.dueDate(), command.requestId(), command.oralFirstLineContact()));
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

    /**
     * The same request delivered again (Kafka delivers at least once) escalates the complaint once. Whether the
     * first line's target date has passed is decided on the day the complaints service received the request, not
     * on the day it was keyed in: a letter sent too early stays too early, whenever it is registered. That day
     * is never before the complaint's own receipt.
     */
    @CommandHandler
    public void handle(EscalateComplaintCommand command, WorkingDayCalendar calendar) {
        LocalDate requestedOn = command.escalationReceivedAt().atZone(calendar.zone()).toLocalDate();
        Escalability escalability = new EscalationRule(firstLineAnswered, firstLineDueDate, escalated, escalatedBy, kind)
                .decide(command.requestId(), requestedOn);
        if (escalability == Escalability.REPEATED) {
            return;
        }
        if (declined) {
            throw new TransitionRefusedException(Refusal.DECLINED);
        }
        // Days, not instants: a letter's date of receipt is a day, which may be the complaint's own.
        if (receivedAt != null && requestedOn.isBefore(receivedAt.atZone(calendar.zone()).toLocalDate())) {
            throw new TransitionRefusedException(Refusal.ESCALATION_RECEIVED_BEFORE_COMPLAINT);
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

    /** A new request each time: the complaints service may ask several departments, or one again. */
    @CommandHandler
    public void handle(RequestDepartmentInputCommand command) {
        refuse(progress().refusesInputRequest());
        apply(new DepartmentInputRequestedEvent(complaintId, command.inputRequestId(), command.department(),
                command.question()));
    }

    /**
     * Recorded once per request: a second reply is refused, not merged or taken for a repeat (replies are sealed
     * texts, which cannot be compared, and the department's word is on record as it was given). Allowed until the
     * complaint is closed, even once the complaints service answered: a late input stays on the file.
     */
    @CommandHandler
    public void handle(RecordDepartmentInputCommand command) {
        refuse(progress().refusesInputReply());
        InputRequest asked = inputRequests.get(command.inputRequestId());
        if (asked == null) {
            throw new TransitionRefusedException(Refusal.UNKNOWN_INPUT_REQUEST);
        }
        if (asked.replied()) {
            throw new TransitionRefusedException(Refusal.INPUT_ALREADY_GIVEN);
        }
        apply(new DepartmentInputGivenEvent(complaintId, command.inputRequestId(), asked.department(),
                command.reply()));
    }

    @CommandHandler
    public void handle(AnswerAsComplaintsServiceCommand command) {
        refuse(progress().refusesComplaintsServiceAnswer());
        apply(new ComplaintAnsweredEvent(complaintId, AnsweringLine.COMPLAINTS_SERVICE, command.outcome(),
                command.answer()));
    }

    /** Also after closure, once the complaints service communicated its result; each id is issued once. */
    @CommandHandler
    public void handle(IssueRecommendationCommand command) {
        if (recommendations.containsKey(command.recommendationId())) {
            return;
        }
        refuse(progress().refusesRecommendation());
        if (!Departments.isRecommendable(command.department())) {
            throw new TransitionRefusedException(Refusal.UNKNOWN_DEPARTMENT);
        }
        apply(new RecommendationIssuedEvent(complaintId, command.recommendationId(), command.department(),
                command.recommendation(), command.motivatingComplaints()));
    }

    @CommandHandler
    public void handle(AcceptRecommendationCommand command) {
        RecommendationProgress recommendation = recommendation(command);
        refuse(recommendation.refusesAcceptance());
        apply(new RecommendationAcceptedEvent(complaintId, command.recommendationId(), recommendation.department()));
    }

    @CommandHandler
    public void handle(RejectRecommendationCommand command) {
        RecommendationProgress recommendation = recommendation(command);
        refuse(recommendation.refusesRejection());
        if (command.reason() == null) {
            throw new TransitionRefusedException(Refusal.REJECTION_REASON_MISSING);
        }
        apply(new RecommendationRejectedEvent(complaintId, command.recommendationId(), recommendation.department(),
                command.reason()));
    }

    /** The day is compared in the calendar's zone: the day staff record it, the day the department accepted. */
    @CommandHandler
    public void handle(RecordRecommendationImplementationCommand command, WorkingDayCalendar calendar) {
        RecommendationProgress recommendation = recommendation(command);
        refuse(recommendation.refusesImplementation(command.implementedOn(), command.recordedAt(), calendar.zone()));
        apply(new RecommendationImplementedEvent(complaintId, command.recommendationId(), recommendation.department(),
                command.implementedOn()));
    }

    @CommandHandler
    public void handle(CloseComplaintCommand command) {
        refuse(progress().refusesClosure());
        apply(new ComplaintClosedEvent(complaintId, command.reason()));
    }

    /**
     * Only while the complaints service has the complaint and has not answered; the new date must be a working
     * day after today (the member is promised a day on which the service works). Several may be sent, each
     * with its own new date.
     */
    @CommandHandler
    public void handle(RecordInterimMessageCommand command,
                       @MetaDataValue(Commands.DEPARTMENT_SCOPE) String departmentScope,
                       WorkingDayCalendar calendar, Clock clock) {
        refuse(officersOnly(departmentScope));
        refuse(progress().refusesInterimMessage());
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        if (command.expectedDate() == null || !command.expectedDate().isAfter(today)
                || !calendar.isWorkingDay(command.expectedDate())) {
            throw new TransitionRefusedException(Refusal.EXPECTED_DATE_NOT_AHEAD);
        }
        apply(new InterimMessageRecordedEvent(complaintId, command.reason(), command.expectedDate(),
                command.recordedBy()));
    }

    /**
     * The decline closes the complaint in the same unit of work: its closure is what routing (the timers stop),
     * retention and the figures already follow, so none of them needs to learn the decline to stop.
     */
    @CommandHandler
    public void handle(DeclineComplaintCommand command,
                       @MetaDataValue(Commands.DEPARTMENT_SCOPE) String departmentScope) {
        refuse(officersOnly(departmentScope));
        refuse(progress().refusesDecline());
        if (command.reason() != DeclineReason.NOT_ABOUT_OUR_SERVICES && command.reason() != DeclineReason.MEDICAL_ADVISOR) {
            // An anonymous submission never becomes a complaint: intake declines it.
            throw new TransitionRefusedException(Refusal.NOT_A_DECLINE_REASON);
        }
        apply(new ComplaintDeclinedEvent(complaintId, command.reason(), command.explanation(), command.declinedBy()));
        apply(new ComplaintClosedEvent(complaintId, null));
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
        if (declined || warned.contains(command.line()) || answeredAt.containsKey(command.line())) {
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
        // A declined complaint has no deadline left: routing stops its timers on the closure, one may still be in flight.
        if (declined || breached.contains(command.line()) || answeredInTime) {
            return;
        }
        apply(new SlaBreachedEvent(complaintId, command.line(), command.dueDate()));
    }

    @EventSourcingHandler
    void on(ComplaintReceivedEvent event) {
        complaintId = event.complaintId();
        receivedAt = event.file().receivedAt();
        firstLineDueDate = event.file().firstLineDueDate();
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
        firstLineDepartment = department;
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
    void on(DepartmentInputRequestedEvent event) {
        inputRequests.put(event.inputRequestId(), new InputRequest(event.department(), false));
    }

    @EventSourcingHandler
    void on(DepartmentInputGivenEvent event) {
        inputRequests.computeIfPresent(event.inputRequestId(), (id, asked) -> new InputRequest(asked.department(), true));
    }

    @EventSourcingHandler
    void on(RecommendationIssuedEvent event) {
        recommendations.put(event.recommendationId(),
                new RecommendationProgress(event.department(), RecommendationState.ISSUED, null));
    }

    @EventSourcingHandler
    void on(RecommendationAcceptedEvent event, @Timestamp Instant at) {
        recommendations.computeIfPresent(event.recommendationId(),
                (id, r) -> new RecommendationProgress(r.department(), RecommendationState.ACCEPTED, at));
    }

    @EventSourcingHandler
    void on(RecommendationRejectedEvent event) {
        recommendations.computeIfPresent(event.recommendationId(),
                (id, r) -> new RecommendationProgress(r.department(), RecommendationState.REJECTED, null));
    }

    @EventSourcingHandler
    void on(RecommendationImplementedEvent event) {
        recommendations.computeIfPresent(event.recommendationId(),
                (id, r) -> new RecommendationProgress(r.department(), RecommendationState.IMPLEMENTED, r.acceptedAt()));
    }

    @EventSourcingHandler
    void on(ComplaintClosedEvent event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(ComplaintDeclinedEvent event) {
        declined = true;
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
        return new ComplaintProgress(closed, firstLineAnswered, escalated, instructed, answeredByComplaintsService,
                declined, firstLineDueDate, kind);
    }

    /**
     * The complaints service's own steps: a department's agent (whose commands carry their department's scope) is
     * refused, whatever the staff API lets through.
     */
    private static Optional<Refusal> officersOnly(String departmentScope) {
        return departmentScope == null ? Optional.empty() : Optional.of(Refusal.OFFICERS_ONLY);
    }

    /** A department asked for its input, and whether it replied. */
    private record InputRequest(String department, boolean replied) {
    }

    /** @throws TransitionRefusedException when the complaint has no recommendation with the command's id */
    private RecommendationProgress recommendation(RecommendationFollowUpCommand command) {
        RecommendationProgress recommendation = recommendations.get(command.recommendationId());
        if (recommendation == null) {
            throw new TransitionRefusedException(Refusal.UNKNOWN_RECOMMENDATION);
        }
        return recommendation;
    }

    /**
     * A department's agent records the follow-up only of the recommendations addressed to their department; an
     * unknown recommendation is refused by its handler (nothing to hide: the agent could see none of it).
     */
    private void checkAddressee(RecommendationFollowUpCommand followUp, String departmentScope) {
        RecommendationProgress recommendation = recommendations.get(followUp.recommendationId());
        if (departmentScope != null && recommendation != null && !departmentScope.equals(recommendation.department())) {
            throw OutsideDepartmentException.recommendation(departmentScope, recommendation.department());
        }
    }

    private static void refuse(Optional<Refusal> refusal) {
        if (refusal.isPresent()) {
            throw new TransitionRefusedException(refusal.get());
        }
    }
}
