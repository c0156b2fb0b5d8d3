package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The complaints service took the complaint; its period counts from escalationReceivedAt.
 *
 * @param requestId the escalation request that did it; {@code null} in events stored before it was
 *                  recorded (an additive field: the revision stays)
 */
@Revision("1")
public record ComplaintEscalatedEvent(
        ComplaintId complaintId,
        SealedText reason,
        Instant escalationReceivedAt,
        LocalDate dueDate,
        UUID requestId) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
