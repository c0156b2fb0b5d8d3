package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.MessageMetadata;

import java.util.UUID;

/** The department a recommendation is addressed to accepted it: it will change what the recommendation says. */
public record RecommendationAccepted(
        MessageMetadata metadata,
        UUID recommendationId,
        String department) implements ComplaintEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
