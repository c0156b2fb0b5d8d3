package be.partenamut.complaints.office.complaint.api;

import org.axonframework.serialization.Revision;

/** The receipt of the complaint is acknowledged to the member. */
@Revision("1")
public record ComplaintAcknowledgedEvent(
        ComplaintId complaintId,
        String reference) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
