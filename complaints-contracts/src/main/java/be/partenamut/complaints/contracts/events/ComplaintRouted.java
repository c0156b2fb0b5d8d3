package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.MessageMetadata;

/**
 * The complaint was assigned to the department in charge.
 *
 * @param routingRule        which rule decided it, so the decision can be explained
 * @param previousDepartment null on the first assignment; set when the complaint was rerouted
 * @param decidedBy          the staff account that rerouted the complaint, so the routing history says
 *                           who moved it; null when a routing rule or the escalation decided
 */
public record ComplaintRouted(
        MessageMetadata metadata,
        String department,
        String routingRule,
        String previousDepartment,
        String decidedBy) implements ComplaintEvent {

    /** Decided by routing: no staff account. */
    public ComplaintRouted(MessageMetadata metadata, String department, String routingRule, String previousDepartment) {
        this(metadata, department, routingRule, previousDepartment, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
