package be.partenamut.complaints.notification.delivery;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.notification.template.RenderedMail;

import java.util.UUID;

/**
 * A message to send once for the event {@code sourceMessageId}. It holds the opened address and the
 * letter (with the member's name) in memory only; the delivery log keeps the sealed address.
 *
 * @param reference       only for the logs, which name complaints, never members
 * @param recipientId     names the recipient without personal data, e.g. {@code member:<data subject id>}:
 *                        with the source message id and template, what makes the delivery unique
 * @param sealedRecipient the address as sealed in the complaint's events, as the delivery log keeps it
 * @param address         the opened address to send to; null for a message that is not to be sent
 */
public record OutgoingMail(
        UUID sourceMessageId,
        UUID complaintId,
        String reference,
        NotificationType type,
        Language language,
        String recipientId,
        SealedText sealedRecipient,
        String address,
        RenderedMail content) {

    /** Never the address nor the letter: a log line has no use for them. */
    @Override
    public String toString() {
        return "OutgoingMail[" + type + " " + language.code() + ", complaint " + complaintId + ", " + recipientId
                + ", event " + sourceMessageId + "]";
    }
}
