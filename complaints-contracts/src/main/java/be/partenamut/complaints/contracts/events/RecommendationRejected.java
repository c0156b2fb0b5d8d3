package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.SealedText;

import java.util.UUID;

/**
 * The department a recommendation is addressed to rejected it.
 *
 * @param reason the department's reason, sealed with the complaint's key like every staff text
 */
public record RecommendationRejected(
        MessageMetadata metadata,
        UUID recommendationId,
        String department,
        SealedText reason) implements ComplaintEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
