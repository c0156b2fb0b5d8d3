package be.partenamut.complaints.intake.escalation;

import be.partenamut.complaints.contracts.SubmissionKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Where a complaint stands, as far as an escalation needs to know, from the complaints office's
 * events: no personal data.
 *
 * @param dataSubjectId    the member's pseudonym in the key vault
 * @param receivedAt       when the complaint was received (null until the office reported it)
 * @param firstLineDueDate the first line's target date, from the complaint's file (null when not reported)
 * @param kind             a complaint or a suggestion (which is never escalated)
 */
public record TrackedComplaint(UUID complaintId, String reference, UUID dataSubjectId, Instant firstLineAnsweredAt,
                               Instant escalatedAt, Instant closedAt, Instant receivedAt, LocalDate firstLineDueDate,
                               SubmissionKind kind) {

    public boolean firstLineAnswered() {
        return firstLineAnsweredAt != null;
    }

    public boolean escalated() {
        return escalatedAt != null;
    }
}
