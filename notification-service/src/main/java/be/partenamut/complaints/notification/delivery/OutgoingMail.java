package be.partenamut.complaints.notification.delivery;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.notification.template.RenderedMail;

import java.util.UUID;

/**
 * A message to send once for the event {@code sourceMessageId}.
 *
 * @param reference only for the logs, which name complaints, never members
 */
public record OutgoingMail(
        UUID sourceMessageId,
        UUID complaintId,
        String reference,
        NotificationType type,
        Language language,
        String recipient,
        RenderedMail content) {
}
