package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.serialization.Revision;

/** The complaints service recorded (part of) its analysis with the service concerned. */
@Revision("1")
public record ComplaintInstructedEvent(
        ComplaintId complaintId,
        SealedText findings) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
