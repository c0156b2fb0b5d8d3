package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** The complaints service took the complaint; its period counts from escalationReceivedAt. */
@Revision("1")
public record ComplaintEscalatedEvent(
        ComplaintId complaintId,
        SealedText reason,
        Instant escalationReceivedAt,
        LocalDate dueDate) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
