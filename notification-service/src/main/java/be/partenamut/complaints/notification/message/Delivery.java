package be.partenamut.complaints.notification.message;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.contracts.deliveries.RecipientKind;

import java.time.Instant;
import java.util.UUID;

/**
 * One message to one recipient, as recorded in the delivery log. Nothing in it is personal in clear:
 * the member's address and the rendered message are sealed with the complaint's key. A department's
 * digest, about several complaints and no member, is kept as written
 * ({@link NotificationType#carriesPersonalData()}).
 *
 * @param complaintId       the complaint the message is about; the declined submission's id; for a department
 *                          digest, the digest's own id
 * @param sourceMessageId   the event that asked for the message: with the recipient and template, what makes it unique
 * @param language          null for a staff message (French and Dutch)
 * @param recipientId       the recipient's pseudonym, e.g. {@code member:<data subject id>} or {@code department:<code>}
 * @param sealedRecipient   the member's address, sealed as it came; null for letters, staff messages, suppressed
 *                          messages, and once the member's contact details were removed
 * @param recipientAddress  a department's mailbox; null for a member
 * @param text              the message as rendered, plain text, sealed; null once the personal data is erased
 * @param html              the same as HTML, sealed
 * @param suppressionReason why a {@link DeliveryStatus#SUPPRESSED} message was not sent
 * @param attempts          how many sends were tried
 * @param refusals          how many of them the mail server refused for good (what max-attempts counts)
 * @param lastError         why the last attempt failed, without addresses; null once sent
 * @param nextAttemptAt     when the retry job tries again; null when nothing is to be tried
 * @param waitingSince      when the message began waiting for an unavailable mail server; null otherwise
 * @param statusChangedAt   when the current status was reached
 * @param publishedStatus   the last status told to the complaint's timeline
 */
public record Delivery(
        UUID deliveryId,
        UUID sourceMessageId,
        UUID complaintId,
        NotificationType type,
        String template,
        Language language,
        RecipientKind recipientKind,
        DeliveryChannel channel,
        String recipientId,
        SealedText sealedRecipient,
        String recipientAddress,
        String correlationId,
        String subject,
        SealedText text,
        SealedText html,
        DeliveryStatus status,
        String suppressionReason,
        int attempts,
        int refusals,
        String lastError,
        Instant nextAttemptAt,
        Instant waitingSince,
        Instant createdAt,
        Instant sentAt,
        Instant statusChangedAt,
        DeliveryStatus publishedStatus) {

    /** Whether nothing is left to send: sent, queued for print, suppressed or dead. */
    public boolean settled() {
        return !status.awaitsAttempt();
    }

    /** Whether the message waits for a mail server that was unavailable at its last attempt. */
    public boolean waitingForMailServer() {
        return status.awaitsAttempt() && waitingSince != null;
    }

    /** Whether the timeline is yet to hear of the current status. */
    public boolean unpublished() {
        return status.published() != null && status != publishedStatus;
    }

    /** For logs and metrics: the member's language, or {@code fr-nl} for staff. */
    public String languageTag() {
        return language == null ? NotificationLanguages.STAFF : language.code();
    }
}
