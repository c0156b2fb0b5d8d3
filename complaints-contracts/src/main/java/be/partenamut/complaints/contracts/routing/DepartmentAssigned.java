package be.partenamut.complaints.contracts.routing;

import be.partenamut.complaints.contracts.MessageMetadata;

/**
 * The routing service decided which department is in charge of a complaint.
 *
 * @param routingRule the rule that matched (or {@code default} when none did)
 */
public record DepartmentAssigned(
        MessageMetadata metadata,
        String department,
        String routingRule) implements RoutingMessage {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
