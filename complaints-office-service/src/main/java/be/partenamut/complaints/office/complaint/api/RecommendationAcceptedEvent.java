package be.partenamut.complaints.office.complaint.api;

import org.axonframework.serialization.Revision;

import java.util.UUID;

/** The department a recommendation is addressed to accepted it. */
@Revision("1")
public record RecommendationAcceptedEvent(ComplaintId complaintId, UUID recommendationId, String department)
        implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
