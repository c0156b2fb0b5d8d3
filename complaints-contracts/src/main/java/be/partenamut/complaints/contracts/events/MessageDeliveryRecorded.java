package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.contracts.deliveries.DeliveryStatus;
import be.partenamut.complaints.contracts.deliveries.RecipientKind;

import java.util.UUID;

/** The complaint's timeline records what became of a message about it (sent, failed, queued for print...). */
public record MessageDeliveryRecorded(
        MessageMetadata metadata,
        UUID notificationId,
        String messageType,
        RecipientKind recipient,
        DeliveryChannel channel,
        DeliveryStatus status) implements ComplaintEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
