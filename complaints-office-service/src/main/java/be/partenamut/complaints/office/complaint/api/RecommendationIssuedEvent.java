package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.serialization.Revision;

import java.util.List;
import java.util.UUID;

/**
 * The complaints service recommended a change to a department.
 *
 * @param motivatingComplaints the other complaints that motivated it besides this one (empty when none, and in
 *                             events stored before they were named: the field was added, not reshaped)
 */
@Revision("1")
public record RecommendationIssuedEvent(
        ComplaintId complaintId,
        UUID recommendationId,
        String department,
        SealedText recommendation,
        List<MotivatingComplaint> motivatingComplaints) implements ComplaintLifecycleEvent {

    public RecommendationIssuedEvent {
        motivatingComplaints = motivatingComplaints == null ? List.of() : List.copyOf(motivatingComplaints);
    }

    /** A recommendation motivated by this complaint alone. */
    public RecommendationIssuedEvent(ComplaintId complaintId, UUID recommendationId, String department,
                                     SealedText recommendation) {
        this(complaintId, recommendationId, department, recommendation, List.of());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
