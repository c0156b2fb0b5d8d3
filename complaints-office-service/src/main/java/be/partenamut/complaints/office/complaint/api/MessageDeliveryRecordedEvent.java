package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.contracts.deliveries.DeliveryStatus;
import be.partenamut.complaints.contracts.deliveries.RecipientKind;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** What became of a message about the complaint; recorded once per message and status. */
@Revision("1")
public record MessageDeliveryRecordedEvent(
        ComplaintId complaintId,
        UUID notificationId,
        String messageType,
        RecipientKind recipient,
        DeliveryChannel channel,
        DeliveryStatus status) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
