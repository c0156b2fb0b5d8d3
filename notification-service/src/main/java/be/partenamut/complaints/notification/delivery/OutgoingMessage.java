package be.partenamut.complaints.notification.delivery;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.notification.message.NotificationType;
import be.partenamut.complaints.notification.template.RenderedMail;

import java.util.UUID;

/**
 * A message to deliver once for the event {@code sourceMessageId}. The rendered content (which may
 * greet the member by name) is held in memory only; the delivery log keeps it sealed.
 *
 * @param correlationId   the source event's, so the delivery's status is followed under the same id
 * @param reference       only for the logs, which name complaints, never members
 * @param language        the member's language; null for staff messages, written in French and Dutch
 * @param recipientId     names the recipient without personal data: {@code member:<data subject id>} or
 *                        {@code department:<code>}; with the source message id and template, what makes
 *                        the delivery unique
 * @param sealedRecipient the member's address as sealed in the complaint's events; null for a letter or
 *                        a staff message
 * @param staffAddress    a department's mailbox (configuration, not personal data); null for a member
 */
public record OutgoingMessage(
        UUID sourceMessageId,
        String correlationId,
        UUID complaintId,
        String reference,
        NotificationType type,
        Language language,
        String recipientId,
        DeliveryChannel channel,
        SealedText sealedRecipient,
        String staffAddress,
        RenderedMail content) {

    /** Never the address nor the content: a log line has no use for them. */
    @Override
    public String toString() {
        return "OutgoingMessage[" + type + " " + (language == null ? "fr+nl" : language.code()) + " " + channel
                + ", complaint " + complaintId + ", " + recipientId + ", event " + sourceMessageId + "]";
    }
}
