package be.partenamut.complaints.routing.assignment;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of a complaint's routing history: which department took it, why, and what caused it.
 *
 * @param kind               whether a rule decided it, the escalation, or staff rerouted the complaint
 * @param category           the complaint's category when it was decided (null when not known)
 * @param previousDepartment the department in charge before; null on the first assignment
 * @param rule               the rule that matched, {@code default}, {@code escalation} or {@code staff}
 * @param decidedAt          when it was decided; for a staff reroute, when the office recorded it
 * @param sourceMessageId    the event on {@code complaints.events.v1} that led to this step
 * @param causationId        what caused that event (for a staff reroute, the office's request or command)
 * @param decidedBy          the staff account that rerouted the complaint; null when a rule or the
 *                           escalation decided
 */
public record RoutingDecision(
        UUID decisionId,
        UUID complaintId,
        Kind kind,
        String category,
        String department,
        String previousDepartment,
        String rule,
        Instant decidedAt,
        UUID sourceMessageId,
        String causationId,
        String decidedBy) {

    public enum Kind {
        /** A routing rule (or the default queue) chose the department when the complaint was received. */
        RULE,
        /** The member escalated: the complaints service took the complaint. */
        ESCALATION,
        /** Staff moved the complaint to another department in the complaints office. */
        STAFF_REROUTE
    }
}
