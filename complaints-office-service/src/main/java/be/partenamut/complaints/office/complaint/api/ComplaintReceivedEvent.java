package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.ComplaintFile;
import org.axonframework.serialization.Revision;

/**
 * The complaints office registered a complaint. Revision 2 nests the file; revision 1, with its fields
 * flat, is read through {@code ComplaintReceivedEventUpcaster}.
 */
@Revision("2")
public record ComplaintReceivedEvent(ComplaintId complaintId, ComplaintFile file) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
