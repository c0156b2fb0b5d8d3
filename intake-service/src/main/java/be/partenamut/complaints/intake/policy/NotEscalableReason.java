package be.partenamut.complaints.intake.policy;

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
    ALREADY_ESCALATED("already-escalated");

    private final String code;

    NotEscalableReason(String code) {
        this.code = code;
    }

    /** The value of the problem's {@code reason} property. */
    public String code() {
        return code;
    }
}
