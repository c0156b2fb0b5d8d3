package be.partenamut.complaints.office.complaint.command;

import be.partenamut.complaints.contracts.Escalability;
import be.partenamut.complaints.contracts.EscalationRule;
import be.partenamut.complaints.contracts.SubmissionKind;

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
 * @param kind                        a complaint, or a suggestion (never escalated)
 */
public record ComplaintProgress(boolean closed, boolean firstLineAnswered, boolean escalated, boolean instructed,
                                boolean answeredByComplaintsService, SubmissionKind kind) {

    /** A complaint's progress (not a suggestion's). */
    public ComplaintProgress(boolean closed, boolean firstLineAnswered, boolean escalated, boolean instructed,
                             boolean answeredByComplaintsService) {
        this(closed, firstLineAnswered, escalated, instructed, answeredByComplaintsService, SubmissionKind.COMPLAINT);
    }

    /** The department's answer at the first line. */
    public Optional<Refusal> refusesFirstLineAnswer() {
        return first(closed, Refusal.CLOSED, escalated, Refusal.WITH_COMPLAINTS_SERVICE,
                firstLineAnswered, Refusal.FIRST_LINE_ALREADY_ANSWERED);
    }

    /** Staff move the complaint to another department's queue. */
    public Optional<Refusal> refusesReroute() {
        return first(closed, Refusal.CLOSED);
    }

    /** A new escalation request (not a redelivery of the one that escalated it). */
    public Optional<Refusal> refusesNewEscalation() {
        Escalability escalability = new EscalationRule(firstLineAnswered, escalated, null, kind).decide(null);
        return escalability.refused() ? Optional.of(Refusal.notEscalable(escalability)) : Optional.empty();
    }

    /** The complaints service records its instruction (findings). */
    public Optional<Refusal> refusesInstruction() {
        return first(closed, Refusal.CLOSED, !escalated, Refusal.NOT_ESCALATED,
                answeredByComplaintsService, Refusal.COMPLAINTS_SERVICE_ALREADY_ANSWERED);
    }

    /** The complaints service communicates its result. */
    public Optional<Refusal> refusesComplaintsServiceAnswer() {
        return first(closed, Refusal.CLOSED, !escalated, Refusal.NOT_ESCALATED,
                answeredByComplaintsService, Refusal.COMPLAINTS_SERVICE_ALREADY_ANSWERED,
                !instructed, Refusal.NOT_INSTRUCTED);
    }

    /** The complaints service recommends a change to a department. */
    public Optional<Refusal> refusesRecommendation() {
        return first(closed, Refusal.CLOSED, !answeredByComplaintsService, Refusal.COMPLAINTS_SERVICE_NOT_ANSWERED);
    }

    public Optional<Refusal> refusesClosure() {
        return first(closed, Refusal.CLOSED, escalated && !answeredByComplaintsService,
                Refusal.COMPLAINTS_SERVICE_NOT_ANSWERED, !firstLineAnswered, Refusal.NOT_ANSWERED);
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
