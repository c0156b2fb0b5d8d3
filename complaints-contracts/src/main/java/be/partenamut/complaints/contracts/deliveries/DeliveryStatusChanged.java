package be.partenamut.complaints.contracts.deliveries;

import be.partenamut.complaints.contracts.MessageMetadata;

import java.util.UUID;

/**
 * A message about a complaint was sent, queued for print, failed or was suppressed.
 *
 * @param notificationId the message in the notification service's archive
 * @param messageType    e.g. {@code ACKNOWLEDGEMENT}, {@code FIRST_LINE_ANSWER}, {@code SLA_BREACH}
 */
public record DeliveryStatusChanged(
        MessageMetadata metadata,
        UUID notificationId,
        String messageType,
        RecipientKind recipient,
        DeliveryChannel channel,
        DeliveryStatus status) implements DeliveryMessage {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
