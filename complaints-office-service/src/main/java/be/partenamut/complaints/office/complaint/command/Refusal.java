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
    SUGGESTION_NOT_ESCALABLE("suggestion-not-escalable",
            "A suggestion goes to the department concerned: it is not escalated to the complaints service.");

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
            case SUGGESTION -> SUGGESTION_NOT_ESCALABLE;
            case ALLOWED, REPEATED -> throw new IllegalArgumentException("not a refusal: " + refused);
        };
    }
}
