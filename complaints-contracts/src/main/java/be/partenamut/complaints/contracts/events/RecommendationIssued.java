package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.SealedText;

import java.util.List;
import java.util.UUID;

/**
 * The complaints service recommends a change to a department so the problem does not recur.
 *
 * @param motivatingComplaintIds the other complaints that motivated it besides this one (empty when none; absent
 *                               from messages published before it was added)
 */
public record RecommendationIssued(
        MessageMetadata metadata,
        UUID recommendationId,
        String department,
        SealedText recommendation,
        List<UUID> motivatingComplaintIds) implements ComplaintEvent {

    public RecommendationIssued {
        motivatingComplaintIds = motivatingComplaintIds == null ? List.of() : List.copyOf(motivatingComplaintIds);
    }

    /** A recommendation motivated by this complaint alone. */
    public RecommendationIssued(MessageMetadata metadata, UUID recommendationId, String department,
                                SealedText recommendation) {
        this(metadata, recommendationId, department, recommendation, List.of());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
