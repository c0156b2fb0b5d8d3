package be.partenamut.complaints.intake.submission;

import java.time.Instant;
import java.util.UUID;

/** What the channel gets back for an accepted submission, the same every time it repeats it. */
public record SubmissionReceipt(UUID complaintId, String reference, Instant receivedAt) {
}
