package be.partenamut.complaints.office.complaint.query;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.office.complaint.api.Commands;
import be.partenamut.complaints.office.complaint.api.ComplaintAcknowledgedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintAnsweredEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintClosedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintDeclinedEvent;
import be.partenamut.complaints.office.complaint.api.InterimMessageRecordedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintEscalatedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.api.ComplaintInstructedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintLifecycleEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintReceivedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintRoutedEvent;
import be.partenamut.complaints.office.complaint.api.DepartmentInputGivenEvent;
import be.partenamut.complaints.office.complaint.api.DepartmentInputRequestedEvent;
import be.partenamut.complaints.office.complaint.api.PersonalDataErasedEvent;
import be.partenamut.complaints.office.complaint.api.RecommendationAcceptedEvent;
import be.partenamut.complaints.office.complaint.api.RecommendationImplementedEvent;
import be.partenamut.complaints.office.complaint.api.RecommendationIssuedEvent;
import be.partenamut.complaints.office.complaint.api.RecommendationRejectedEvent;
import be.partenamut.complaints.office.complaint.command.RecommendationState;
import be.partenamut.complaints.office.complaint.api.SlaBreachedEvent;
import be.partenamut.complaints.office.complaint.api.SlaWarnedEvent;
import be.partenamut.complaints.office.complaint.published.PublishedEvents;
import be.partenamut.complaints.personaldata.Opened;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a complaint's events from the event store and folds them into what staff see, opening the
 * personal fields with the complaint's key. A complaint has a few dozen events at most, so reading
 * them is cheaper than keeping a copy in step, and there is then no second copy to shred. What became
 * of the messages about it is not among its events: it comes from the {@link DeliveryStatusProjection}.
 */
@Component
public class ComplaintDetailsReader {

    private final EventStore eventStore;
    private final PersonalData personalData;
    private final DeliveryStatusProjection deliveries;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public ComplaintDetailsReader(EventStore eventStore, PersonalData personalData,
                                  DeliveryStatusProjection deliveries, WorkingDayCalendar calendar, Clock clock) {
        this.eventStore = eventStore;
        this.personalData = personalData;
        this.deliveries = deliveries;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Optional<ComplaintDetails> read(ComplaintId complaintId) {
        DomainEventStream events = eventStore.readEvents(complaintId.toString());
        if (!events.hasNext()) {
            return Optional.empty();
        }
        Fold fold = new Fold(personalData.openerFor(complaintId.value()), deliveries.messagesOf(complaintId));
        events.forEachRemaining(fold::apply);
        // The stream's last sequence number, as Axon counts the aggregate's version: it includes stored events
        // an upcaster drops (retired delivery records), which the fold never sees.
        Long version = events.getLastSequenceNumber();
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zone());
        return Optional.of(fold.details(version == null ? -1 : version, today, calendar));
    }

    /** One line's deadline as its events so far describe it. */
    private static final class DeadlineFold {
        private LocalDate dueDate;
        private Instant warnedAt;
        private Instant breachedAt;
        private Instant answeredAt;

        ComplaintDetails.Deadline toDeadline(AnsweringLine line, LocalDate today, WorkingDayCalendar calendar) {
            ComplaintDetails.DeadlineState state = answeredAt != null ? ComplaintDetails.DeadlineState.ANSWERED
                    : breachedAt != null ? ComplaintDetails.DeadlineState.BREACHED
                    : warnedAt != null ? ComplaintDetails.DeadlineState.WARNED
                    : ComplaintDetails.DeadlineState.PENDING;
            Integer workingDaysLeft = answeredAt != null || dueDate == null ? null
                    : calendar.workingDaysBetween(today, dueDate);
            return new ComplaintDetails.Deadline(line, dueDate, state, warnedAt, breachedAt, answeredAt,
                    workingDaysLeft);
        }
    }

    /** The complaint as its events so far describe it. */
    private static final class Fold {
        private final PersonalData.Opener opener;
        private final List<ComplaintDetails.UnreadableField> unreadable = new ArrayList<>();
        private ComplaintReceivedEvent received;
        private ComplaintStatus status;
        private String department;
        private Instant acknowledgedAt;
        private ComplaintDetails.Answer firstLineAnswer;
        private ComplaintDetails.Escalation escalation;
        private final List<ComplaintDetails.Note> instruction = new ArrayList<>();
        private ComplaintDetails.Answer complaintsServiceAnswer;
        private final Map<UUID, ComplaintDetails.Recommendation> recommendations = new LinkedHashMap<>();
        private ComplaintDetails.Closure closure;
        private final List<ComplaintDetails.InterimMessage> interimMessages = new ArrayList<>();
        private ComplaintDetails.Decline decline;
        private String firstLineDepartment;
        private final Map<java.util.UUID, ComplaintDetails.InputRequest> inputRequests = new LinkedHashMap<>();
        private final List<ComplaintDetails.TimelineEntry> timeline = new ArrayList<>();
        private final Map<AnsweringLine, DeadlineFold> deadlines = new EnumMap<>(AnsweringLine.class);
        private final List<ComplaintDetails.Message> messages;

        Fold(PersonalData.Opener opener, List<ComplaintDetails.Message> messages) {
            this.opener = opener;
            this.messages = messages;
        }

        void apply(DomainEventMessage<?> message) {
            if (!(message.getPayload() instanceof ComplaintLifecycleEvent event)) {
                return;
            }
            Instant at = message.getTimestamp();
            String actor = (String) message.getMetaData().get(Commands.ACTOR);
            status = ComplaintStatus.after(status, PublishedEvents.toContract(event, message));
            timeline.add(event.accept(new TimelineFacts(typeOf(event), at, actor, message.getSequenceNumber())));
            event.accept(new Step(at, actor));
        }

        /** What each stored event changes in the complaint staff see. */
        private final class Step implements ComplaintLifecycleEvent.Visitor<Void> {
            private final Instant at;
            private final String actor;

            Step(Instant at, String actor) {
                this.at = at;
                this.actor = actor;
            }

            @Override
            public Void visit(ComplaintReceivedEvent receivedEvent) {
                received = receivedEvent;
                deadline(AnsweringLine.FIRST_LINE).dueDate = receivedEvent.file().firstLineDueDate();
                return null;
            }

            @Override
            public Void visit(ComplaintAcknowledgedEvent acknowledged) {
                if (acknowledgedAt == null && status == ComplaintStatus.ACKNOWLEDGED) {
                    acknowledgedAt = at;
                }
                return null;
            }

            @Override
            public Void visit(ComplaintRoutedEvent routed) {
                department = routed.department();
                return null;
            }

            @Override
            public Void visit(ComplaintAnsweredEvent answered) {
                ComplaintDetails.Answer answer = new ComplaintDetails.Answer(
                        open(PersonalFields.ANSWER, answered.answer()), answered.outcome(), at, actor);
                deadline(answered.line()).answeredAt = at;
                if (answered.line() == AnsweringLine.FIRST_LINE) {
                    firstLineAnswer = answer;
                } else {
                    complaintsServiceAnswer = answer;
                }
                return null;
            }

            @Override
            public Void visit(ComplaintEscalatedEvent escalated) {
                escalation = new ComplaintDetails.Escalation(open(PersonalFields.ESCALATION_REASON, escalated.reason()),
                        escalated.escalationReceivedAt(), actor, escalated.oralFirstLineContact());
                deadline(AnsweringLine.COMPLAINTS_SERVICE).dueDate = escalated.dueDate();
                closure = null;
                firstLineDepartment = department;
                return null;
            }

            @Override
            public Void visit(ComplaintInstructedEvent instructed) {
                instruction.add(new ComplaintDetails.Note(open(PersonalFields.FINDINGS, instructed.findings()), at, actor));
                return null;
            }

            @Override
            public Void visit(RecommendationIssuedEvent recommendation) {
                recommendations.put(recommendation.recommendationId(), new ComplaintDetails.Recommendation(
                        recommendation.recommendationId(), recommendation.department(),
                        open(PersonalFields.RECOMMENDATION, recommendation.recommendation()), at, actor,
                        RecommendationState.ISSUED, recommendation.motivatingComplaints(), null, null, null));
                return null;
            }

            @Override
            public Void visit(DepartmentInputRequestedEvent requested) {
                inputRequests.put(requested.inputRequestId(), new ComplaintDetails.InputRequest(
                        requested.inputRequestId(), requested.department(),
                        open(PersonalFields.INPUT_QUESTION, requested.question()), at, actor, true, null, null, null));
                return null;
            }

            @Override
            public Void visit(RecommendationAcceptedEvent accepted) {
                recommendations.computeIfPresent(accepted.recommendationId(), (id, r) -> new ComplaintDetails.Recommendation(
                        id, r.department(), r.recommendation(), r.issuedAt(), r.issuedBy(), RecommendationState.ACCEPTED,
                        r.motivatingComplaints(), step(null, null), null, null));
                return null;
            }

            @Override
            public Void visit(DepartmentInputGivenEvent given) {
                inputRequests.computeIfPresent(given.inputRequestId(), (id, request) ->
                        request.replied(open(PersonalFields.INPUT_REPLY, given.reply()), at, actor));
                return null;
            }

            @Override
            public Void visit(RecommendationRejectedEvent rejected) {
                String reason = open(PersonalFields.RECOMMENDATION_REJECTION_REASON, rejected.reason());
                recommendations.computeIfPresent(rejected.recommendationId(), (id, r) -> new ComplaintDetails.Recommendation(
                        id, r.department(), r.recommendation(), r.issuedAt(), r.issuedBy(), RecommendationState.REJECTED,
                        r.motivatingComplaints(), null, step(reason, null), null));
                return null;
            }

            @Override
            public Void visit(RecommendationImplementedEvent implemented) {
                recommendations.computeIfPresent(implemented.recommendationId(), (id, r) -> new ComplaintDetails.Recommendation(
                        id, r.department(), r.recommendation(), r.issuedAt(), r.issuedBy(),
                        RecommendationState.IMPLEMENTED, r.motivatingComplaints(), r.accepted(), null,
                        step(null, implemented.implementedOn())));
                return null;
            }

            private ComplaintDetails.Recommendation.Step step(String reason, LocalDate implementedOn) {
                return new ComplaintDetails.Recommendation.Step(at, actor, reason, implementedOn);
            }

            @Override
            public Void visit(ComplaintClosedEvent closed) {
                closure = new ComplaintDetails.Closure(open(PersonalFields.CLOSURE_REASON, closed.reason()), at, actor);
                return null;
            }

            @Override
            public Void visit(SlaWarnedEvent warned) {
                deadline(warned.line()).warnedAt = at;
                deadline(warned.line()).dueDate = warned.dueDate();
                return null;
            }

            @Override
            public Void visit(SlaBreachedEvent breached) {
                deadline(breached.line()).breachedAt = at;
                deadline(breached.line()).dueDate = breached.dueDate();
                return null;
            }

            @Override
            public Void visit(InterimMessageRecordedEvent interim) {
                interimMessages.add(new ComplaintDetails.InterimMessage(
                        open(PersonalFields.INTERIM_REASON, interim.reason()), interim.expectedDate(), at, actor));
                return null;
            }

            @Override
            public Void visit(ComplaintDeclinedEvent declined) {
                decline = new ComplaintDetails.Decline(declined.reason(),
                        open(PersonalFields.DECLINE_EXPLANATION, declined.explanation()), at, actor);
                return null;
            }

            @Override
            public Void visit(PersonalDataErasedEvent erased) {
                return null; // shown by its timeline entry and by the personal data's state, which the key store keeps
            }
        }

        ComplaintDetails details(long version, LocalDate today, WorkingDayCalendar calendar) {
            if (received == null) {
                throw new IllegalStateException("a complaint's events start with its receipt");
            }
            ComplaintDetails.Member member = new ComplaintDetails.Member(
                    open(PersonalFields.MEMBER_NUMBER, received.file().member().memberNumber()),
                    open(PersonalFields.FIRST_NAME, received.file().member().firstName()),
                    open(PersonalFields.LAST_NAME, received.file().member().lastName()),
                    open(PersonalFields.EMAIL, received.file().member().email()),
                    received.file().member().language());
            String subject = open(PersonalFields.SUBJECT, received.file().subject());
            String description = open(PersonalFields.DESCRIPTION, received.file().description());
            Opened state = opener.state();
            ComplaintDetails.PersonalData personalData = new ComplaintDetails.PersonalData(state.status(), state.since());
            return new ComplaintDetails(received.complaintId().value(), received.file().reference(), status,
                    received.file().channel(), received.file().category(), department,
                    received.file().possibleDuplicateOf(),
                    deadlines.entrySet().stream().map(e -> e.getValue().toDeadline(e.getKey(), today, calendar)).toList(),
                    personalData, member, subject, description,
                    received.file().receivedAt(), acknowledgedAt, firstLineAnswer, escalation, List.copyOf(instruction),
                    complaintsServiceAnswer, List.copyOf(recommendations.values()), closure, List.copyOf(interimMessages),
                    decline, List.copyOf(timeline), List.copyOf(messages), List.copyOf(unreadable), version,
                    firstLineDepartment, List.copyOf(inputRequests.values()), received.file().kind());
        }

        private DeadlineFold deadline(AnsweringLine line) {
            return deadlines.computeIfAbsent(line, l -> new DeadlineFold());
        }

        /** The field's text; null when its key is gone, or when it is damaged (then listed as unreadable). */
        private String open(String field, SealedText sealed) {
            Opened opened = opener.open(field, sealed);
            if (opened.status() == Opened.Readability.UNREADABLE
                    && unreadable.stream().noneMatch(u -> u.field().equals(field))) {
                unreadable.add(new ComplaintDetails.UnreadableField(field, opened.problem()));
            }
            return opened.value();
        }

        /** The name the event travels under on Kafka, so staff and consumers speak of the same thing. */
        private static String typeOf(ComplaintLifecycleEvent event) {
            String name = event.getClass().getSimpleName();
            return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
        }
    }
}
