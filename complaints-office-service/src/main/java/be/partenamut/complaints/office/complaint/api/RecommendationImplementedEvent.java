package be.partenamut.complaints.office.complaint.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The department carried out a recommendation it had accepted; the change took effect on {@code implementedOn}. */
@Revision("1")
public record RecommendationImplementedEvent(ComplaintId complaintId, UUID recommendationId, String department,
                                             LocalDate implementedOn) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
