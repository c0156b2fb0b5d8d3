package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.serialization.Revision;

/**
 * An officer declined the complaint: the policy does not handle it. Always followed, in the same command, by a
 * {@link ComplaintClosedEvent}: the closure is what routing (timers), retention and the figures already read, and
 * the decline is what the member is told and what is counted by reason.
 */
@Revision("1")
public record ComplaintDeclinedEvent(
        ComplaintId complaintId,
        DeclineReason reason,
        SealedText explanation,
        String declinedBy) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
