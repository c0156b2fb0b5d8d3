package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.OralFirstLineContact;
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
 * @param oralFirstLineContact when an officer registered the complaint with its escalation at once, the member
 *                             having only spoken to the first line: when and where (additive, null otherwise)
 */
@Revision("1")
public record ComplaintEscalatedEvent(
        ComplaintId complaintId,
        SealedText reason,
        Instant escalationReceivedAt,
        LocalDate dueDate,
        UUID requestId,
        OralFirstLineContact oralFirstLineContact) implements ComplaintLifecycleEvent {

    /** After a written first-line answer, or its silence past the target date. */
    public ComplaintEscalatedEvent(ComplaintId complaintId, SealedText reason, Instant escalationReceivedAt,
                                   LocalDate dueDate, UUID requestId) {
        this(complaintId, reason, escalationReceivedAt, dueDate, requestId, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
