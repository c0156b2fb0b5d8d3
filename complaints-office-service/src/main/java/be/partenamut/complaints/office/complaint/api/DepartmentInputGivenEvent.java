package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The department asked replied to the complaints service's request for its input.
 *
 * @param department the department that replied: the one the request asked (kept so readers need not look it up)
 */
@Revision("1")
public record DepartmentInputGivenEvent(
        ComplaintId complaintId,
        UUID inputRequestId,
        String department,
        SealedText reply) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
