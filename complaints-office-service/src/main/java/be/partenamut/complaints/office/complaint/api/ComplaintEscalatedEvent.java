package be.partenamut.complaints.office.complaint.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The complaints service took the complaint; its period counts from escalationReceivedAt. */
@Revision("1")
public record ComplaintEscalatedEvent(
        ComplaintId complaintId,
        String reason,
        Instant escalationReceivedAt) implements ComplaintLifecycleEvent {
}
