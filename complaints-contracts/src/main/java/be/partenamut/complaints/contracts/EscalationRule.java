package be.partenamut.complaints.contracts;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Whether a complaint may go to the complaints service now: the one rule, decided by the complaints
 * office on the complaint itself, and told to the member early by intake from what it saw of the
 * office's events. A member still in disagreement after the first line's answer may escalate once;
 * the first line answers first, but only until its target date: once that date has passed without an
 * answer, a silent first line no longer blocks the member. A closure does not take that right away: a
 * complaint closed after the first line's answer may still be escalated, one closed by the complaints
 * service was escalated already. A suggestion is never escalated.
 * <p>
 * The first line's target date is a fact of the complaint's file ({@link ComplaintFile#firstLineDueDate()}),
 * set once at receipt by intake: the office reads it from the complaint's receipt, intake from what it stored,
 * routing times the first line against it. No service computes its own.
 *
 * @param firstLineAnswered whether the service in charge has answered the complaint
 * @param firstLineDueDate  the day by which the first line answers; {@code null} when unknown (then the
 *                          first line always answers first)
 * @param escalated         whether the complaint was escalated already
 * @param escalatedBy       the request that escalated it, when known (not for escalations recorded
 *                          before requests were identified, nor where only the fact is seen)
 * @param kind              a complaint or a suggestion (a complaint when unknown)
 */
public record EscalationRule(boolean firstLineAnswered, LocalDate firstLineDueDate, boolean escalated,
                             UUID escalatedBy, SubmissionKind kind) {

    public EscalationRule {
        kind = SubmissionKind.orDefault(kind);
    }

    /** A complaint's rule, without the first line's target date: the first line always answers first. */
    public EscalationRule(boolean firstLineAnswered, boolean escalated, UUID escalatedBy) {
        this(firstLineAnswered, null, escalated, escalatedBy, SubmissionKind.COMPLAINT);
    }

    /** A complaint's rule (not a suggestion's). */
    public EscalationRule(boolean firstLineAnswered, LocalDate firstLineDueDate, boolean escalated, UUID escalatedBy) {
        this(firstLineAnswered, firstLineDueDate, escalated, escalatedBy, SubmissionKind.COMPLAINT);
    }

    /** Without the first line's target date: the first line always answers first. */
    public EscalationRule(boolean firstLineAnswered, boolean escalated, UUID escalatedBy, SubmissionKind kind) {
        this(firstLineAnswered, null, escalated, escalatedBy, kind);
    }

    /**
     * @param request what identifies the escalation request (for a message, its message id), or
     *                {@code null} when nothing does: then it can never be recognised as a repeat
     */
    public Escalability decide(UUID request) {
        return decide(request, null);
    }

    /**
     * @param request     as for {@link #decide(UUID)}
     * @param requestedOn the day the complaints service received the request (a letter counts from its
     *                    receipt, not from the day it was keyed in); {@code null}: the first line answers first
     */
    public Escalability decide(UUID request, LocalDate requestedOn) {
        if (kind == SubmissionKind.SUGGESTION) {
            return Escalability.SUGGESTION;
        }
        if (escalated) {
            return request != null && request.equals(escalatedBy) ? Escalability.REPEATED : Escalability.ALREADY_ESCALATED;
        }
        return firstLineAnswered || firstLineDatePassed(requestedOn)
                ? Escalability.ALLOWED : Escalability.FIRST_LINE_NOT_ANSWERED;
    }

    /** Whether the first line's target date lies before {@code day}: from the next day on, it stayed silent. */
    public boolean firstLineDatePassed(LocalDate day) {
        return firstLineDueDate != null && day != null && day.isAfter(firstLineDueDate);
    }
}
