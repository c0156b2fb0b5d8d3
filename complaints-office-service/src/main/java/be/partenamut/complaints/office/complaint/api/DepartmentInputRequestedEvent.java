package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The complaints service asked a department for its input on the complaint it is instructing. */
@Revision("1")
public record DepartmentInputRequestedEvent(
        ComplaintId complaintId,
        UUID inputRequestId,
        String department,
        SealedText question) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
