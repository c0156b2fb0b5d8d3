package be.partenamut.complaints.intake.policy;

import be.partenamut.complaints.contracts.Escalability;

/** Why a complaint named by its reference cannot go to the complaints service now. */
public enum NotEscalableReason {
    /**
     * No complaint of this member has the reference. Whether the reference exists for another member
     * is not told.
     */
    UNKNOWN_REFERENCE("unknown-reference"),
    /** The first line has not answered yet: it answers first. */
    FIRST_LINE_NOT_ANSWERED("first-line-not-answered"),
    /** The complaints service already has the complaint. */
    ALREADY_ESCALATED("already-escalated"),
    /**
     * Addressed to the complaints service about a matter the service in charge has never seen, when
     * such requests are sent back rather than passed on ({@code complaints.intake.first-line-first: false}).
     */
    NOT_BROUGHT_TO_FIRST_LINE("not-brought-to-first-line"),
    /** The reference is the member's suggestion: a suggestion goes to the department concerned, never further. */
    SUGGESTION("suggestion");

    private final String code;

    NotEscalableReason(String code) {
        this.code = code;
    }

    /** The value of the problem's {@code reason} property. */
    public String code() {
        return code;
    }

    /** The reason to give the member for an escalation that {@link be.partenamut.complaints.contracts.EscalationRule} refused. */
    public static NotEscalableReason of(Escalability refused) {
        return switch (refused) {
            case FIRST_LINE_NOT_ANSWERED -> FIRST_LINE_NOT_ANSWERED;
            case ALREADY_ESCALATED -> ALREADY_ESCALATED;
            case SUGGESTION -> SUGGESTION;
            case ALLOWED, REPEATED -> throw new IllegalArgumentException("not a refusal: " + refused);
        };
    }
}
