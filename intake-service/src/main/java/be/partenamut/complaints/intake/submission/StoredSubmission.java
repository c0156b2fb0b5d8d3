package be.partenamut.complaints.intake.submission;

import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;

import java.util.UUID;

/**
 * An accepted submission as intake keeps it.
 *
 * @param submissionId   stable for the submission; the message id of {@code message}
 * @param idempotencyKey the caller's key, or null
 * @param requestHash    SHA-256 of the request, to tell a repeat from a reused key
 * @param message        exactly what is (re)published
 */
public record StoredSubmission(
        UUID submissionId,
        String idempotencyKey,
        String requestHash,
        SubmissionStatus status,
        ComplaintSubmitted message) {

    public SubmissionReceipt receipt() {
        return new SubmissionReceipt(message.metadata().complaintId(), message.reference(), message.receivedAt());
    }
}
