package be.partenamut.complaints.contracts;

/** What {@link EscalationRule} says of one request to pass a complaint to the complaints service. */
public enum Escalability {
    /** The complaint goes to the complaints service. */
    ALLOWED,
    /**
     * This very request escalated the complaint already (Kafka delivers at least once): nothing is
     * left to do, and nothing is refused.
     */
    REPEATED,
    /** The first line has not answered yet: it answers first. */
    FIRST_LINE_NOT_ANSWERED,
    /** Another request escalated the complaint already: the complaints service has it. */
    ALREADY_ESCALATED,
    /**
     * The member made a suggestion, not a complaint: it goes to the department concerned and is never
     * escalated to the complaints service (there is no disagreement to settle, and no period to keep).
     */
    SUGGESTION;

    /** Whether the request is turned down: the member or the member of staff is told why. */
    public boolean refused() {
        return this == FIRST_LINE_NOT_ANSWERED || this == ALREADY_ESCALATED || this == SUGGESTION;
    }
}
