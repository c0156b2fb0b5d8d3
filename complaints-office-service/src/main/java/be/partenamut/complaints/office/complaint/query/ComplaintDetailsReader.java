package be.partenamut.complaints.office.complaint.query;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.office.complaint.api.Commands;
import be.partenamut.complaints.office.complaint.api.ComplaintAnsweredEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintClosedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintEscalatedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.api.ComplaintInstructedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintLifecycleEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintReceivedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintRoutedEvent;
import be.partenamut.complaints.office.complaint.api.RecommendationIssuedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a complaint's events from the event store and folds them into what staff see. A complaint
 * has a few dozen events at most, so reading them is cheaper than keeping a copy in step.
 */
@Component
public class ComplaintDetailsReader {

    private final EventStore eventStore;

    public ComplaintDetailsReader(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public Optional<ComplaintDetails> read(ComplaintId complaintId) {
        DomainEventStream events = eventStore.readEvents(complaintId.toString());
        if (!events.hasNext()) {
            return Optional.empty();
        }
        Fold fold = new Fold();
        events.forEachRemaining(fold::apply);
        return Optional.of(fold.details());
    }

    /** The complaint as its events so far describe it. */
    private static final class Fold {
        private ComplaintReceivedEvent received;
        private ComplaintStatus status;
        private String department;
        private Instant acknowledgedAt;
        private ComplaintDetails.Answer firstLineAnswer;
        private ComplaintDetails.Escalation escalation;
        private final List<ComplaintDetails.Note> instruction = new ArrayList<>();
        private ComplaintDetails.Answer complaintsServiceAnswer;
        private final List<ComplaintDetails.Recommendation> recommendations = new ArrayList<>();
        private ComplaintDetails.Closure closure;
        private final List<ComplaintDetails.TimelineEntry> timeline = new ArrayList<>();

        void apply(DomainEventMessage<?> message) {
            if (!(message.getPayload() instanceof ComplaintLifecycleEvent event)) {
                return;
            }
            Instant at = message.getTimestamp();
            String actor = (String) message.getMetaData().get(Commands.ACTOR);
            status = ComplaintStatuses.after(status, event);
            timeline.add(new ComplaintDetails.TimelineEntry(typeOf(event), at, actor));

            if (event instanceof ComplaintReceivedEvent receivedEvent) {
                received = receivedEvent;
            } else if (event instanceof ComplaintRoutedEvent routed) {
                department = routed.department();
            } else if (event instanceof ComplaintAnsweredEvent answered) {
                ComplaintDetails.Answer answer =
                        new ComplaintDetails.Answer(answered.answer(), answered.outcome(), at, actor);
                if (answered.line() == AnsweringLine.FIRST_LINE) {
                    firstLineAnswer = answer;
                } else {
                    complaintsServiceAnswer = answer;
                }
            } else if (event instanceof ComplaintEscalatedEvent escalated) {
                escalation = new ComplaintDetails.Escalation(escalated.reason(), escalated.escalationReceivedAt(), actor);
                closure = null;
            } else if (event instanceof ComplaintInstructedEvent instructed) {
                instruction.add(new ComplaintDetails.Note(instructed.findings(), at, actor));
            } else if (event instanceof RecommendationIssuedEvent recommendation) {
                recommendations.add(new ComplaintDetails.Recommendation(recommendation.recommendationId(),
                        recommendation.department(), recommendation.recommendation(), at, actor));
            } else if (event instanceof ComplaintClosedEvent closed) {
                closure = new ComplaintDetails.Closure(closed.reason(), at, actor);
            } else if (acknowledgedAt == null && status == ComplaintStatus.ACKNOWLEDGED) {
                acknowledgedAt = at;
            }
        }

        ComplaintDetails details() {
            if (received == null) {
                throw new IllegalStateException("a complaint's events start with its receipt");
            }
            return new ComplaintDetails(received.complaintId().value(), received.reference(), status,
                    received.channel(), received.category(), department, received.member(), received.subject(),
                    received.description(), received.receivedAt(), acknowledgedAt, firstLineAnswer, escalation,
                    List.copyOf(instruction), complaintsServiceAnswer, List.copyOf(recommendations), closure,
                    List.copyOf(timeline));
        }

        /** The name the event travels under on Kafka, so staff and consumers speak of the same thing. */
        private static String typeOf(ComplaintLifecycleEvent event) {
            String name = event.getClass().getSimpleName();
            return name.endsWith("Event") ? name.substring(0, name.length() - "Event".length()) : name;
        }
    }
}
