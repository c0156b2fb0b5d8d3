package be.partenamut.complaints.contracts;

import java.util.UUID;

/**
 * Whether a complaint may go to the complaints service now: the one rule, decided by the complaints
 * office on the complaint itself, and told to the member early by intake from what it saw of the
 * office's events. A member still in disagreement after the first line's answer may escalate once;
 * the first line answers first. A closure does not take that right away: a complaint closed after
 * the first line's answer may still be escalated, one closed by the complaints service was escalated
 * already. A suggestion is never escalated.
 *
 * @param firstLineAnswered whether the service in charge has answered the complaint
 * @param escalated         whether the complaint was escalated already
 * @param escalatedBy       the request that escalated it, when known (not for escalations recorded
 *                          before requests were identified, nor where only the fact is seen)
 * @param kind              a complaint or a suggestion (a complaint when unknown)
 */
public record EscalationRule(boolean firstLineAnswered, boolean escalated, UUID escalatedBy, SubmissionKind kind) {

    public EscalationRule {
        kind = SubmissionKind.orDefault(kind);
    }

    /** The rule for a complaint (not a suggestion). */
    public EscalationRule(boolean firstLineAnswered, boolean escalated, UUID escalatedBy) {
        this(firstLineAnswered, escalated, escalatedBy, SubmissionKind.COMPLAINT);
    }

    /**
     * @param request what identifies the escalation request (for a message, its message id), or
     *                {@code null} when nothing does: then it can never be recognised as a repeat
     */
    public Escalability decide(UUID request) {
        if (kind == SubmissionKind.SUGGESTION) {
            return Escalability.SUGGESTION;
        }
        if (escalated) {
            return request != null && request.equals(escalatedBy) ? Escalability.REPEATED : Escalability.ALREADY_ESCALATED;
        }
        return firstLineAnswered ? Escalability.ALLOWED : Escalability.FIRST_LINE_NOT_ANSWERED;
    }
}
