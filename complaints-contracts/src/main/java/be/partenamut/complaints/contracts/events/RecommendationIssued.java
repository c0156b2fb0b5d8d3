package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.SealedText;

import java.util.UUID;

/** The complaints service recommends a change to a department so the problem does not recur. */
public record RecommendationIssued(
        MessageMetadata metadata,
        UUID recommendationId,
        String department,
        SealedText recommendation) implements ComplaintEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
