package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.serialization.Revision;

/** Nothing remains to be done on the complaint. */
@Revision("1")
public record ComplaintClosedEvent(
        ComplaintId complaintId,
        SealedText reason) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
