package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.ErasureCause;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/**
 * The complaint's personal data can no longer be read: its key was destroyed in the key vault. Who
 * did it and when are the event's metadata and timestamp.
 */
@Revision("1")
public record PersonalDataErasedEvent(
        ComplaintId complaintId,
        UUID dataSubjectId,
        ErasureCause cause) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
