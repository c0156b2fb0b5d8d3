package be.partenamut.complaints.office.casework;

/** What a member of staff may do to a complaint, as its page offers it. */
public enum StaffAction {
    /** The department in charge answers the member (first line). */
    ANSWER_FIRST_LINE,
    /** Move the complaint to another department's queue. */
    REROUTE,
    /** Register the member's request to escalate to the complaints service (e.g. received by letter). */
    ESCALATE,
    /** Record the instruction: the findings of the analysis with the service concerned. */
    INSTRUCT,
    /** The complaints service communicates its result: an outcome and its answer. */
    ANSWER_AS_COMPLAINTS_SERVICE,
    /** The complaints service recommends a change to a department (also after closure). */
    ISSUE_RECOMMENDATION,
    /** The complaints service's result will be late: tell the member why, and its new expected date. */
    RECORD_INTERIM_MESSAGE,
    /** The policy does not handle the complaint (out of scope, or about a Médecin-Conseil): tell the member why. */
    DECLINE,
    /** The complaints service asks a department for its input during the instruction. */
    REQUEST_INPUT,
    /** The department asked replies to the complaints service's request for its input. */
    GIVE_INPUT,
    /** The department a recommendation is addressed to accepts it (offered per recommendation). */
    ACCEPT_RECOMMENDATION,
    /** The department a recommendation is addressed to rejects it, saying why (offered per recommendation). */
    REJECT_RECOMMENDATION,
    /** The department records the day an accepted recommendation took effect (offered per recommendation). */
    RECORD_RECOMMENDATION_IMPLEMENTATION,
    CLOSE
}
