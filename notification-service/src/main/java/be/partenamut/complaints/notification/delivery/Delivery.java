package be.partenamut.complaints.notification.delivery;

import be.partenamut.complaints.contracts.Language;

import java.time.Instant;
import java.util.UUID;

/**
 * One message to one recipient, as recorded in the delivery log.
 *
 * @param sourceMessageId the event that asked for the message: with the recipient and template, what makes it unique
 * @param lastError       why the last attempt failed, without addresses; null once sent
 */
public record Delivery(
        UUID deliveryId,
        UUID sourceMessageId,
        UUID complaintId,
        NotificationType type,
        String template,
        Language language,
        String recipient,
        String subject,
        DeliveryStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt) {
}
