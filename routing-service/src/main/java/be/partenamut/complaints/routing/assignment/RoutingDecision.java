package be.partenamut.complaints.routing.assignment;

import java.time.Instant;
import java.util.UUID;

/** A recorded assignment of a complaint to a department, with the rule that made it. */
public record RoutingDecision(
        UUID decisionId,
        UUID complaintId,
        String category,
        String department,
        String rule,
        Instant decidedAt) {
}
