package be.partenamut.complaints.office.complaint.messaging;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintClosed;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintInstructed;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.contracts.events.ComplaintSlaBreached;
import be.partenamut.complaints.contracts.events.ComplaintSlaWarned;
import be.partenamut.complaints.contracts.events.MessageDeliveryRecorded;
import be.partenamut.complaints.contracts.events.PersonalDataErased;
import be.partenamut.complaints.contracts.events.RecommendationIssued;
import be.partenamut.complaints.office.complaint.api.AssignDepartmentCommand;
import be.partenamut.complaints.office.complaint.api.ComplaintAcknowledgedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintAnsweredEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintClosedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintEscalatedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintInstructedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintLifecycleEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintReceivedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintRoutedEvent;
import be.partenamut.complaints.office.complaint.api.MessageDeliveryRecordedEvent;
import be.partenamut.complaints.office.complaint.api.PersonalDataErasedEvent;
import be.partenamut.complaints.office.complaint.api.RecommendationIssuedEvent;
import be.partenamut.complaints.office.complaint.api.SlaBreachedEvent;
import be.partenamut.complaints.office.complaint.api.SlaWarnedEvent;

/**
 * Translates the aggregate's stored events into the published language. The two are kept apart on
 * purpose: the event store may be upcast and reshaped without other services noticing, and the
 * published contract changes only additively.
 */
final class PublishedEvents {

    private PublishedEvents() {
    }

    /**
     * @param actor who caused the event (a staff account, or a service's name), from the stored event's
     *              metadata; published only where a consumer keeps it (who rerouted a complaint)
     */
    static ComplaintEvent toContract(ComplaintLifecycleEvent event, MessageMetadata metadata, String actor) {
        if (event instanceof ComplaintReceivedEvent e) {
            return new ComplaintReceived(metadata, e.file());
        }
        if (event instanceof ComplaintAcknowledgedEvent e) {
            return new ComplaintAcknowledged(metadata, e.reference());
        }
        if (event instanceof ComplaintRoutedEvent e) {
            return new ComplaintRouted(metadata, e.department(), e.routingRule(), e.previousDepartment(),
                    AssignDepartmentCommand.STAFF_REROUTE.equals(e.routingRule()) ? actor : null);
        }
        if (event instanceof ComplaintAnsweredEvent e) {
            return new ComplaintAnswered(metadata, e.line(), e.outcome(), e.answer());
        }
        if (event instanceof ComplaintEscalatedEvent e) {
            return new ComplaintEscalated(metadata, e.reason(), e.escalationReceivedAt(), e.dueDate());
        }
        if (event instanceof ComplaintInstructedEvent e) {
            return new ComplaintInstructed(metadata, e.findings());
        }
        if (event instanceof RecommendationIssuedEvent e) {
            return new RecommendationIssued(metadata, e.recommendationId(), e.department(), e.recommendation());
        }
        if (event instanceof ComplaintClosedEvent e) {
            return new ComplaintClosed(metadata, e.reason());
        }
        if (event instanceof SlaWarnedEvent e) {
            return new ComplaintSlaWarned(metadata, e.line(), e.dueDate());
        }
        if (event instanceof SlaBreachedEvent e) {
            return new ComplaintSlaBreached(metadata, e.line(), e.dueDate());
        }
        if (event instanceof MessageDeliveryRecordedEvent e) {
            return new MessageDeliveryRecorded(metadata, e.notificationId(), e.messageType(), e.recipient(), e.channel(),
                    e.status());
        }
        if (event instanceof PersonalDataErasedEvent e) {
            return new PersonalDataErased(metadata, e.dataSubjectId(), e.cause());
        }
        throw new IllegalArgumentException("no published form for " + event.getClass().getName());
    }
}
