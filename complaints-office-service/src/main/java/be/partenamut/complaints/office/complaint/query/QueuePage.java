package be.partenamut.complaints.office.complaint.query;

import java.util.List;

/**
 * One page of a queue.
 *
 * @param next where the following page starts; null on the last page
 */
public record QueuePage(List<QueuedComplaint> complaints, QueueCursor next) {
}
