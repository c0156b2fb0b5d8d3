package be.partenamut.complaints.office.complaint.api;

import org.axonframework.serialization.Revision;

/** Nothing remains to be done on the complaint. */
@Revision("1")
public record ComplaintClosedEvent(
        ComplaintId complaintId,
        String reason) implements ComplaintLifecycleEvent {
}
