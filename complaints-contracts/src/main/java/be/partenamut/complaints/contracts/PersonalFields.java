package be.partenamut.complaints.contracts;

/**
 * The names under which personal fields are sealed. A sealed value is bound to its complaint and to
 * its field name, so it cannot be moved into another field or another complaint unnoticed; sealing
 * and opening services must use the same names.
 */
public final class PersonalFields {

    public static final String MEMBER_NUMBER = "member.memberNumber";
    public static final String FIRST_NAME = "member.firstName";
    public static final String LAST_NAME = "member.lastName";
    public static final String EMAIL = "member.email";
    public static final String NATIONAL_REGISTER_NUMBER = "member.nationalRegisterNumber";
    public static final String SUBJECT = "subject";
    public static final String DESCRIPTION = "description";
    public static final String ANSWER = "answer";
    public static final String ESCALATION_REASON = "escalation.reason";
    public static final String FINDINGS = "instruction.findings";
    public static final String RECOMMENDATION = "recommendation";
    public static final String RECOMMENDATION_REJECTION_REASON = "recommendation.rejectionReason";
    public static final String CLOSURE_REASON = "closure.reason";
    public static final String INTERIM_REASON = "interim.reason";
    public static final String DECLINE_EXPLANATION = "decline.explanation";
    /** The complaints service's question to a department, during the instruction. */
    public static final String INPUT_QUESTION = "input.question";
    /** A department's reply to the complaints service's question. */
    public static final String INPUT_REPLY = "input.reply";

    private PersonalFields() {
    }
}
