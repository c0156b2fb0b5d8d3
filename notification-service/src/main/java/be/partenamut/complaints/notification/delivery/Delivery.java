package be.partenamut.complaints.notification.delivery;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.SealedText;

import java.time.Instant;
import java.util.UUID;

/**
 * One message to one recipient, as recorded in the delivery log. Nothing in it is personal in clear.
 *
 * @param sourceMessageId   the event that asked for the message: with the recipient and template, what makes it unique
 * @param recipientId       the recipient's pseudonym, e.g. {@code member:<data subject id>}
 * @param sealedRecipient   the address, sealed as it came; null when the message was suppressed or the
 *                          member's contact details were removed since
 * @param suppressionReason why a {@link DeliveryStatus#SUPPRESSED} message was not sent
 * @param lastError         why the last attempt failed, without addresses; null once sent
 */
public record Delivery(
        UUID deliveryId,
        UUID sourceMessageId,
        UUID complaintId,
        NotificationType type,
        String template,
        Language language,
        String recipientId,
        SealedText sealedRecipient,
        String subject,
        DeliveryStatus status,
        String suppressionReason,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant sentAt) {

    /** Whether nothing is left to do for it: sent, or never to be sent. */
    public boolean settled() {
        return status == DeliveryStatus.SENT || status == DeliveryStatus.SUPPRESSED;
    }
}
