package be.partenamut.complaints.contracts.routing;

import be.partenamut.complaints.contracts.MessageMetadata;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A message of a type this version of the contract does not know yet (a newer producer added it).
 * Consumers skip it instead of dead-lettering it, so producers can add types before consumers upgrade.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnknownRoutingMessage(MessageMetadata metadata) implements RoutingMessage {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
