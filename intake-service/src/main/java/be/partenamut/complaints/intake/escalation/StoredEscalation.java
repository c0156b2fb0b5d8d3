package be.partenamut.complaints.intake.escalation;

import be.partenamut.complaints.contracts.submissions.EscalationRequested;
import be.partenamut.complaints.intake.request.Addressee;
import be.partenamut.complaints.intake.request.SubmissionReceipt;

import java.util.UUID;

/**
 * An escalation intake accepted, with the message it publishes (the reason sealed under the
 * complaint's key).
 *
 * @param requestId the message id of {@code message}
 */
public record StoredEscalation(UUID requestId, String idempotencyKey, String requestFingerprint,
                               EscalationRequested message) {

    public UUID complaintId() {
        return message.metadata().complaintId();
    }

    /** The receipt, without the notice in the member's language that the caller adds. */
    public SubmissionReceipt receipt() {
        return new SubmissionReceipt(complaintId(), message.reference(), message.receivedAt(), message.dueDate(),
                Addressee.COMPLAINTS_SERVICE, null, null);
    }
}
