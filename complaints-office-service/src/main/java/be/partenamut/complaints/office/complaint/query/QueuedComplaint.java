package be.partenamut.complaints.office.complaint.query;

import be.partenamut.complaints.contracts.ComplaintStatus;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a department's queue: which complaint, where it is and how it stands; nothing personal, so a
 * list shows no member's data and logs no access (opening the complaint does).
 *
 * @param department null while routing has not put it in a queue yet
 */
public record QueuedComplaint(UUID complaintId, String reference, ComplaintStatus status, String department,
                              Instant receivedAt, Instant lastChangedAt) {
}
