package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The complaints service took the complaint; its period counts from escalationReceivedAt. */
@Revision("1")
public record ComplaintEscalatedEvent(
        ComplaintId complaintId,
        SealedText reason,
        Instant escalationReceivedAt) implements ComplaintLifecycleEvent {
}
