package be.partenamut.complaints.office.complaint.query;

import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a queue: which complaint, where it is and how it stands; nothing personal, so a list shows
 * no member's data and logs no access (opening the complaint does).
 *
 * @param department      null while routing has not put it in a queue yet
 * @param dueDate         the day by which the line in charge answers (the first line, or the complaints
 *                        service once escalated); for a suggestion, which has no answer deadline, only its
 *                        place in the queue's order
 * @param escalated       whether the complaints service is in charge (its queue)
 * @param overdue         the line in charge has not answered and its due date has passed (or routing
 *                        recorded the breach)
 * @param workingDaysLeft working days from today to the due date; negative once overdue
 * @param kind            a complaint or a suggestion (never overdue)
 */
public record QueuedComplaint(UUID complaintId, String reference, ComplaintStatus status, String department,
                              Instant receivedAt, Instant lastChangedAt, Channel channel, String category,
                              LocalDate dueDate, SlaState slaState, boolean escalated, boolean overdue,
                              int workingDaysLeft, SubmissionKind kind) {

    /** Whether the member made a suggestion. */
    public boolean suggestion() {
        return kind == SubmissionKind.SUGGESTION;
    }
}
