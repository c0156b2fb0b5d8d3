package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.MessageMetadata;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The department carried out a recommendation it had accepted.
 *
 * @param implementedOn the day the change took effect (Europe/Brussels), from which its effect is measured
 */
public record RecommendationImplemented(
        MessageMetadata metadata,
        UUID recommendationId,
        String department,
        LocalDate implementedOn) implements ComplaintEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
