package be.partenamut.complaints.office.complaint.command;

import be.partenamut.complaints.contracts.Escalability;

/**
 * Why a transition is refused. The code is stable (a UI translates it); the message explains it
 * to the member of staff who tried.
 */
public enum Refusal {
    CLOSED("complaint-closed", "The complaint is closed."),
    FIRST_LINE_ALREADY_ANSWERED("first-line-already-answered", "The service in charge has already answered this complaint."),
    WITH_COMPLAINTS_SERVICE("with-complaints-service",
            "The complaint has been escalated: the complaints service answers it now, not the first line."),
    FIRST_LINE_NOT_ANSWERED("first-line-not-answered",
            "The service in charge must answer first: a complaint is escalated only when disagreement remains after that answer."),
    ALREADY_ESCALATED("already-escalated", "The complaint has already been escalated to the complaints service."),
    NOT_ESCALATED("not-escalated", "Only a complaint escalated to the complaints service is instructed and answered by it."),
    NOT_INSTRUCTED("not-instructed",
            "The complaints service answers once its instruction (the analysis with the service concerned) is recorded."),
    COMPLAINTS_SERVICE_ALREADY_ANSWERED("complaints-service-already-answered",
            "The complaints service has already communicated its result."),
    COMPLAINTS_SERVICE_NOT_ANSWERED("complaints-service-not-answered",
            "The complaints service must communicate its result first."),
    NOT_ANSWERED("not-answered", "A complaint is closed only once it has been answered."),
    DECLINED("complaint-declined",
            "The complaint was declined: the policy does not handle it, and nothing more is done on it."),
    OFFICERS_ONLY("officers-only", "Only the complaints service (an officer) may do this."),
    EXPECTED_DATE_NOT_AHEAD("expected-date-not-ahead",
            "The new expected date must be a working day after today."),
    NOT_A_DECLINE_REASON("not-a-decline-reason",
            "A registered complaint is declined only as out of scope or as about a MÃ©decin-Conseil."),
    UNKNOWN_INPUT_REQUEST("unknown-input-request", "No request for a department's input on this complaint has this id."),
    INPUT_ALREADY_GIVEN("input-already-given",
            "The department has already replied to this request for input: a reply is recorded once (ask again for more).");

    private final String code;
    private final String message;

    Refusal(String code, String message) {
        this.code = code;
        this.message = message;
    }

    public String code() {
        return code;
    }

    public String message() {
        return message;
    }

    /** The refusal of an escalation that {@link be.partenamut.complaints.contracts.EscalationRule} refused. */
    static Refusal notEscalable(Escalability refused) {
        return switch (refused) {
            case FIRST_LINE_NOT_ANSWERED -> FIRST_LINE_NOT_ANSWERED;
            case ALREADY_ESCALATED -> ALREADY_ESCALATED;
            case ALLOWED, REPEATED -> throw new IllegalArgumentException("not a refusal: " + refused);
        };
    }
}
