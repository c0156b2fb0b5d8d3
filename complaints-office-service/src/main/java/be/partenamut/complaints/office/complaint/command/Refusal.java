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
            "The service in charge must answer first, until its target date: a complaint is escalated when disagreement"
                    + " remains after that answer, or once that date has passed without one."),
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
            "A registered complaint is declined only as out of scope or as about a Médecin-Conseil."),
    UNKNOWN_INPUT_REQUEST("unknown-input-request", "No request for a department's input on this complaint has this id."),
    INPUT_ALREADY_GIVEN("input-already-given",
            "The department has already replied to this request for input: a reply is recorded once (ask again for more)."),
    UNKNOWN_DEPARTMENT("unknown-department",
            "A recommendation is addressed to one of the known departments (see the list of department codes)."),
    UNKNOWN_RECOMMENDATION("unknown-recommendation", "No recommendation of this complaint has this id."),
    RECOMMENDATION_ALREADY_ANSWERED("recommendation-already-answered",
            "The department has already accepted or rejected this recommendation."),
    RECOMMENDATION_NOT_ACCEPTED("recommendation-not-accepted",
            "Only a recommendation the department accepted can be implemented."),
    RECOMMENDATION_REJECTED("recommendation-rejected",
            "The department rejected this recommendation: it cannot be implemented."),
    RECOMMENDATION_ALREADY_IMPLEMENTED("recommendation-already-implemented",
            "This recommendation's implementation is already recorded."),
    REJECTION_REASON_MISSING("rejection-reason-missing", "A department that rejects a recommendation says why."),
    IMPLEMENTATION_DATE_MISSING("implementation-date-missing",
            "The implementation is recorded with the day the change took effect."),
    IMPLEMENTATION_DATE_IN_FUTURE("implementation-date-in-future",
            "A recommendation is recorded as implemented once it is: its date cannot be in the future."),
    IMPLEMENTED_BEFORE_ACCEPTANCE("implemented-before-acceptance",
            "A recommendation cannot have been implemented before the department accepted it."),
    ESCALATION_RECEIVED_BEFORE_COMPLAINT("escalation-received-before-complaint",
            "The escalation's date of receipt lies before the complaint's own receipt: check the date on the letter or email."),
    ALREADY_REGISTERED("already-registered", "A complaint with this id is registered already."),
    ORAL_CONTACT_AFTER_REQUEST("oral-contact-after-request",
            "The member's conversation with the first line must precede the request to the complaints service."),
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
