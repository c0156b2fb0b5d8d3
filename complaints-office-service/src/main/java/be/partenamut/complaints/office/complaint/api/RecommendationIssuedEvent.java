package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The complaints service recommended a change to a department. */
@Revision("1")
public record RecommendationIssuedEvent(
        ComplaintId complaintId,
        UUID recommendationId,
        String department,
        SealedText recommendation) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
