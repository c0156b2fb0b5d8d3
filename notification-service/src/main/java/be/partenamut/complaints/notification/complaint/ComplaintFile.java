package be.partenamut.complaints.notification.complaint;

import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the service knows of a complaint besides its member's contact details: facts, nothing personal.
 *
 * @param department the department in charge, from the last {@code ComplaintRouted}; null before routing
 * @param kind       a complaint, or a suggestion (no first-line due date: no answer deadline applies)
 */
public record ComplaintFile(
        UUID complaintId,
        String reference,
        Language language,
        Instant receivedAt,
        LocalDate firstLineDueDate,
        String department,
        Instant firstLineAnsweredAt,
        Instant escalatedAt,
        LocalDate complaintsServiceDueDate,
        Instant complaintsServiceAnsweredAt,
        SubmissionKind kind) {

    /** Whether the member made a suggestion rather than a complaint. */
    public boolean suggestion() {
        return kind == SubmissionKind.SUGGESTION;
    }

    /** The day by which the line answers, as far as the file knows. */
    public LocalDate dueDate(AnsweringLine line) {
        return line == AnsweringLine.COMPLAINTS_SERVICE ? complaintsServiceDueDate : firstLineDueDate;
    }

    /** Whether the line has given its answer (the complaints service's counts from its last escalation). */
    public boolean answered(AnsweringLine line) {
        return line == AnsweringLine.COMPLAINTS_SERVICE ? complaintsServiceAnsweredAt != null
                : firstLineAnsweredAt != null;
    }
}
