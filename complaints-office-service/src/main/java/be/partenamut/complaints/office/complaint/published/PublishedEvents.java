package be.partenamut.complaints.office.complaint.published;

import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintClosed;
import be.partenamut.complaints.contracts.events.ComplaintDeclined;
import be.partenamut.complaints.contracts.events.InterimMessageRecorded;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintInstructed;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.contracts.events.DepartmentInputGiven;
import be.partenamut.complaints.contracts.events.DepartmentInputRequested;
import be.partenamut.complaints.contracts.events.PersonalDataErased;
import be.partenamut.complaints.contracts.events.RecommendationAccepted;
import be.partenamut.complaints.contracts.events.RecommendationImplemented;
import be.partenamut.complaints.contracts.events.RecommendationIssued;
import be.partenamut.complaints.contracts.events.RecommendationRejected;
import be.partenamut.complaints.contracts.events.SlaBreached;
import be.partenamut.complaints.contracts.events.SlaWarned;
import be.partenamut.complaints.office.complaint.api.AssignDepartmentCommand;
import be.partenamut.complaints.office.complaint.api.Commands;
import be.partenamut.complaints.office.complaint.api.ComplaintAcknowledgedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintAnsweredEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintClosedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintDeclinedEvent;
import be.partenamut.complaints.office.complaint.api.InterimMessageRecordedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintEscalatedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintInstructedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintLifecycleEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintReceivedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintRoutedEvent;
import be.partenamut.complaints.office.complaint.api.DepartmentInputGivenEvent;
import be.partenamut.complaints.office.complaint.api.DepartmentInputRequestedEvent;
import be.partenamut.complaints.office.complaint.api.PersonalDataErasedEvent;
import be.partenamut.complaints.office.complaint.api.MotivatingComplaint;
import be.partenamut.complaints.office.complaint.api.RecommendationAcceptedEvent;
import be.partenamut.complaints.office.complaint.api.RecommendationImplementedEvent;
import be.partenamut.complaints.office.complaint.api.RecommendationIssuedEvent;
import be.partenamut.complaints.office.complaint.api.RecommendationRejectedEvent;
import be.partenamut.complaints.office.complaint.api.SlaBreachedEvent;
import be.partenamut.complaints.office.complaint.api.SlaWarnedEvent;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;

import java.util.UUID;

/**
 * Translates the aggregate's stored events into the published language. The two are kept apart on
 * purpose: the event store may be upcast and reshaped without other services noticing, and the
 * published contract changes only additively. The relay publishes what this class translates, and the
 * staff's view of a complaint reads its status from the same published form, so one rule
 * ({@link ComplaintStatus#after}) decides the status everywhere.
 */
public final class PublishedEvents {

    private PublishedEvents() {
    }

    /**
     * The published form of a stored event, with the metadata it is published with: the stored message's
     * id as message id, its timestamp, and the correlation, causation and actor its command carried.
     */
    public static ComplaintEvent toContract(ComplaintLifecycleEvent event, EventMessage<?> message) {
        MetaData metaData = message.getMetaData();
        String correlationId = (String) metaData.getOrDefault(Commands.CORRELATION_ID, message.getIdentifier());
        return toContract(event, MessageMetadata.of(
                UUID.fromString(message.getIdentifier()), event.complaintId().value(), message.getTimestamp(),
                correlationId, (String) metaData.get(Commands.CAUSATION_ID)), (String) metaData.get(Commands.ACTOR));
    }

    /**
     * @param actor who caused the event (a staff account, or a service's name), from the stored event's
     *              metadata; published only where a consumer keeps it (who rerouted a complaint)
     */
    private static ComplaintEvent toContract(ComplaintLifecycleEvent event, MessageMetadata metadata, String actor) {
        return event.accept(new Translation(metadata, actor));
    }

    /** One published event per stored event. */
    private static final class Translation implements ComplaintLifecycleEvent.Visitor<ComplaintEvent> {

        private final MessageMetadata metadata;
        private final String actor;

        Translation(MessageMetadata metadata, String actor) {
            this.metadata = metadata;
            this.actor = actor;
        }

        @Override
        public ComplaintEvent visit(ComplaintReceivedEvent e) {
            return new ComplaintReceived(metadata, e.file());
        }

        @Override
        public ComplaintEvent visit(ComplaintAcknowledgedEvent e) {
            return new ComplaintAcknowledged(metadata, e.reference());
        }

        @Override
        public ComplaintEvent visit(ComplaintRoutedEvent e) {
            return new ComplaintRouted(metadata, e.department(), e.routingRule(), e.previousDepartment(),
                    AssignDepartmentCommand.STAFF_REROUTE.equals(e.routingRule()) ? actor : null);
        }

        @Override
        public ComplaintEvent visit(ComplaintAnsweredEvent e) {
            return new ComplaintAnswered(metadata, e.line(), e.outcome(), e.answer());
        }

        @Override
        public ComplaintEvent visit(ComplaintEscalatedEvent e) {
            return new ComplaintEscalated(metadata, e.reason(), e.escalationReceivedAt(), e.dueDate(),
                    e.oralFirstLineContact());
        }

        @Override
        public ComplaintEvent visit(ComplaintInstructedEvent e) {
            return new ComplaintInstructed(metadata, e.findings());
        }

        @Override
        public ComplaintEvent visit(RecommendationIssuedEvent e) {
            return new RecommendationIssued(metadata, e.recommendationId(), e.department(), e.recommendation(),
                    e.motivatingComplaints().stream().map(MotivatingComplaint::complaintId).toList());
        }

        @Override
        public ComplaintEvent visit(RecommendationAcceptedEvent e) {
            return new RecommendationAccepted(metadata, e.recommendationId(), e.department());
        }

        @Override
        public ComplaintEvent visit(RecommendationRejectedEvent e) {
            return new RecommendationRejected(metadata, e.recommendationId(), e.department(), e.reason());
        }

        @Override
        public ComplaintEvent visit(RecommendationImplementedEvent e) {
            return new RecommendationImplemented(metadata, e.recommendationId(), e.department(), e.implementedOn());
        }

        @Override
        public ComplaintEvent visit(ComplaintClosedEvent e) {
            return new ComplaintClosed(metadata, e.reason());
        }

        @Override
        public ComplaintEvent visit(SlaWarnedEvent e) {
            return new SlaWarned(metadata, e.line(), e.dueDate());
        }

        @Override
        public ComplaintEvent visit(SlaBreachedEvent e) {
            return new SlaBreached(metadata, e.line(), e.dueDate());
        }

        @Override
        public ComplaintEvent visit(InterimMessageRecordedEvent e) {
            return new InterimMessageRecorded(metadata, e.reason(), e.expectedDate(), e.recordedBy());
        }

        @Override
        public ComplaintEvent visit(ComplaintDeclinedEvent e) {
            return new ComplaintDeclined(metadata, e.reason(), e.explanation(), e.declinedBy());
        }

        @Override
        public ComplaintEvent visit(DepartmentInputRequestedEvent e) {
            return new DepartmentInputRequested(metadata, e.inputRequestId(), e.department(), e.question());
        }

        @Override
        public ComplaintEvent visit(DepartmentInputGivenEvent e) {
            return new DepartmentInputGiven(metadata, e.inputRequestId(), e.department(), e.reply());
        }

        @Override
        public ComplaintEvent visit(PersonalDataErasedEvent e) {
            return new PersonalDataErased(metadata, e.dataSubjectId(), e.cause());
        }
    }
}
