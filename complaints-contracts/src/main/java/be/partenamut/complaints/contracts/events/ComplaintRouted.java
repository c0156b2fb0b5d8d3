package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.MessageMetadata;

/**
 * The complaint was assigned to the department in charge.
 *
 * @param routingRule        which rule decided it, so the decision can be explained
 * @param previousDepartment null on the first assignment; set when the complaint was rerouted
 */
public record ComplaintRouted(
        MessageMetadata metadata,
        String department,
        String routingRule,
        String previousDepartment) implements ComplaintEvent {
}
