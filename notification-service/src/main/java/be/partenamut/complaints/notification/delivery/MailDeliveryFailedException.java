package be.partenamut.complaints.notification.delivery;

import java.util.UUID;

/**
 * The mail server did not take a message. Retryable: the binder tries the event again, then
 * dead-letters it with this message, which names the delivery and the complaint but no member.
 * The original exception is not chained because its text may quote the member's address; its
 * redacted description is in the message and in the delivery log.
 */
public class MailDeliveryFailedException extends RuntimeException {

    public MailDeliveryFailedException(UUID deliveryId, UUID complaintId, String template, String reason) {
        super("Mail delivery " + deliveryId + " (" + template + ") for complaint " + complaintId + " failed: " + reason);
    }
}
