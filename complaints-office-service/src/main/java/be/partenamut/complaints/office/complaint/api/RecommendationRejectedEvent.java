package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The department a recommendation is addressed to rejected it, for the reason given. */
@Revision("1")
public record RecommendationRejectedEvent(ComplaintId complaintId, UUID recommendationId, String department,
                                          SealedText reason) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
