package be.partenamut.complaints.intake.outbox;

import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.intake.request.Addressee;
import be.partenamut.complaints.intake.request.RequestFingerprint;
import be.partenamut.complaints.intake.request.SubmissionReceipt;

import java.util.UUID;

/**
 * An accepted submission as intake keeps it. Its personal fields are sealed in {@code message}.
 *
 * @param submissionId       stable for the submission; the message id of {@code message}
 * @param idempotencyKey     the caller's key, or null
 * @param requestFingerprint keyed fingerprint of the request ({@link RequestFingerprint}), to tell a
 *                           repeat from a reused key; null for a submission stored before sealing
 * @param message            exactly what is (re)published
 * @param passedToFirstLine  addressed to the complaints service about a matter never brought to the
 *                           first line, and registered with the first line (the member was told so)
 */
public record StoredSubmission(
        UUID submissionId,
        String idempotencyKey,
        String requestFingerprint,
        ComplaintSubmitted message,
        boolean passedToFirstLine) {

    public UUID complaintId() {
        return message.metadata().complaintId();
    }

    /** The receipt, without the notice in the member's language that the caller adds. */
    public SubmissionReceipt receipt() {
        return new SubmissionReceipt(complaintId(), message.file().reference(), message.file().receivedAt(),
                message.file().firstLineDueDate(), Addressee.FIRST_LINE, null, message.file().kind());
    }
}
