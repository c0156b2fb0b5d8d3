package be.partenamut.complaints.office.complaint.command;

import be.partenamut.complaints.contracts.Escalability;
import be.partenamut.complaints.contracts.EscalationRule;
import be.partenamut.complaints.contracts.SubmissionKind;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How far a complaint has come, and the policy's order of things decided on it: which staff command it refuses
 * now, and why. The complaint applies these rules to the commands it handles; the office's pages ask the same
 * rules which actions to offer, so a page never offers what the complaint would refuse.
 *
 * @param closed                      closed (an escalation reopens a complaint closed after the first line)
 * @param firstLineAnswered           the service in charge answered
 * @param escalated                   escalated to the complaints service
 * @param instructed                  the complaints service recorded its instruction at least once
 * @param answeredByComplaintsService the complaints service communicated its result
 * @param declined                    an officer declined it (the policy does not handle it): closed for good, no
 *                                    escalation reopens it
 * @param firstLineDueDate            the first line's target date (null when unknown): once it has passed, a silent
 *                                    first line no longer blocks an escalation
 * @param kind                        a complaint, or a suggestion (never escalated)
 */
public record ComplaintProgress(boolean closed, boolean firstLineAnswered, boolean escalated, boolean instructed,
                                boolean answeredByComplaintsService, boolean declined, LocalDate firstLineDueDate,
                                SubmissionKind kind) {

    public ComplaintProgress {
        kind = SubmissionKind.orDefault(kind);
    }

    /** A complaint not declined, without the first line's target date (the first line answers first). */
    public ComplaintProgress(boolean closed, boolean firstLineAnswered, boolean escalated, boolean instructed,
                             boolean answeredByComplaintsService) {
        this(closed, firstLineAnswered, escalated, instructed, answeredByComplaintsService, false, null,
                SubmissionKind.COMPLAINT);
    }

    /** A complaint, declined or not, without the first line's target date. */
    public ComplaintProgress(boolean closed, boolean firstLineAnswered, boolean escalated, boolean instructed,
                             boolean answeredByComplaintsService, boolean declined) {
        this(closed, firstLineAnswered, escalated, instructed, answeredByComplaintsService, declined, null,
                SubmissionKind.COMPLAINT);
    }

    /** A complaint not declined, with the first line's target date. */
    public ComplaintProgress(boolean closed, boolean firstLineAnswered, boolean escalated, boolean instructed,
                             boolean answeredByComplaintsService, LocalDate firstLineDueDate) {
        this(closed, firstLineAnswered, escalated, instructed, answeredByComplaintsService, false, firstLineDueDate,
                SubmissionKind.COMPLAINT);
    }

    /** A complaint or a suggestion, not declined, without the first line's target date. */
    public ComplaintProgress(boolean closed, boolean firstLineAnswered, boolean escalated, boolean instructed,
                             boolean answeredByComplaintsService, SubmissionKind kind) {
        this(closed, firstLineAnswered, escalated, instructed, answeredByComplaintsService, false, null, kind);
    }

    /** The department's answer at the first line. */
    public Optional<Refusal> refusesFirstLineAnswer() {
        return first(declined, Refusal.DECLINED, closed, Refusal.CLOSED, escalated, Refusal.WITH_COMPLAINTS_SERVICE,
                firstLineAnswered, Refusal.FIRST_LINE_ALREADY_ANSWERED);
    }

    /** Staff move the complaint to another department's queue. */
    public Optional<Refusal> refusesReroute() {
        return first(declined, Refusal.DECLINED, closed, Refusal.CLOSED);
    }

    /** A new escalation request (not a redelivery of the one that escalated it), as if the first line's date had not passed. */
    public Optional<Refusal> refusesNewEscalation() {
        return refusesNewEscalation(null);
    }

    /**
     * A new escalation request received on {@code requestedOn} (not a redelivery of the one that escalated it).
     *
     * @param requestedOn the day the complaints service received it; null: the first line answers first
     */
    public Optional<Refusal> refusesNewEscalation(LocalDate requestedOn) {
        if (declined) {
            return Optional.of(Refusal.DECLINED);
        }
        Escalability escalability = new EscalationRule(firstLineAnswered, firstLineDueDate, escalated, null, kind)
                .decide(null, requestedOn);
        return escalability.refused() ? Optional.of(Refusal.notEscalable(escalability)) : Optional.empty();
    }

    /** The complaints service records its instruction (findings). */
    public Optional<Refusal> refusesInstruction() {
        return first(declined, Refusal.DECLINED, closed, Refusal.CLOSED, !escalated, Refusal.NOT_ESCALATED,
                answeredByComplaintsService, Refusal.COMPLAINTS_SERVICE_ALREADY_ANSWERED);
    }

    /**
     * The complaints service asks a department for its input: part of the instruction, so only while the
     * complaint is escalated, open, and not yet answered by the complaints service.
     */
    public Optional<Refusal> refusesInputRequest() {
        return refusesInstruction();
    }

    /** A department replies to a request for its input (whether the request is open is the request's). */
    public Optional<Refusal> refusesInputReply() {
        return first(closed, Refusal.CLOSED);
    }

    /** The complaints service communicates its result. */
    public Optional<Refusal> refusesComplaintsServiceAnswer() {
        return first(declined, Refusal.DECLINED, closed, Refusal.CLOSED, !escalated, Refusal.NOT_ESCALATED,
                answeredByComplaintsService, Refusal.COMPLAINTS_SERVICE_ALREADY_ANSWERED,
                !instructed, Refusal.NOT_INSTRUCTED);
    }

    /**
     * The complaints service recommends a change to a department: once it communicated its result, also after
     * the complaint is closed (the lesson of a complaint is often drawn once it is settled, or from several).
     */
    public Optional<Refusal> refusesRecommendation() {
        return first(declined, Refusal.DECLINED, !answeredByComplaintsService, Refusal.COMPLAINTS_SERVICE_NOT_ANSWERED);
    }

    public Optional<Refusal> refusesClosure() {
        return first(declined, Refusal.DECLINED, closed, Refusal.CLOSED, escalated && !answeredByComplaintsService,
                Refusal.COMPLAINTS_SERVICE_NOT_ANSWERED,
                // A complaint escalated past a silent first line is answered by the complaints service alone.
                !firstLineAnswered && !answeredByComplaintsService, Refusal.NOT_ANSWERED);
    }

    /**
     * An officer tells the member why the complaints service's result is late and when it is now expected: only
     * while the complaints service has the complaint and has not communicated its result.
     */
    public Optional<Refusal> refusesInterimMessage() {
        return first(declined, Refusal.DECLINED, closed, Refusal.CLOSED, !escalated, Refusal.NOT_ESCALATED,
                answeredByComplaintsService, Refusal.COMPLAINTS_SERVICE_ALREADY_ANSWERED);
    }

    /**
     * An officer declines the complaint (out of scope, or about a Médecin-Conseil): at any point before the
     * complaints service communicated its result or the complaint was closed.
     */
    public Optional<Refusal> refusesDecline() {
        return first(declined, Refusal.DECLINED, closed, Refusal.CLOSED,
                answeredByComplaintsService, Refusal.COMPLAINTS_SERVICE_ALREADY_ANSWERED);
    }

    /** The refusal of the first condition that holds, in the order given (condition, refusal, condition, ...). */
    private static Optional<Refusal> first(Object... conditionsAndRefusals) {
        for (int i = 0; i < conditionsAndRefusals.length; i += 2) {
            if ((Boolean) conditionsAndRefusals[i]) {
                return Optional.of((Refusal) conditionsAndRefusals[i + 1]);
            }
        }
        return Optional.empty();
    }
}
