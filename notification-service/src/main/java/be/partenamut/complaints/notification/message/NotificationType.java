package be.partenamut.complaints.notification.message;

import be.partenamut.complaints.contracts.deliveries.RecipientKind;

/** The kinds of message the service sends, each with its template and its kind of recipient. */
public enum NotificationType {

    /** The receipt of a complaint: its reference, what happens next, the date of the answer. */
    ACKNOWLEDGEMENT("acknowledgement", RecipientKind.MEMBER),
    /** The receipt of a suggestion: its reference, passed to the department concerned, no answer deadline. */
    SUGGESTION_ACKNOWLEDGEMENT("suggestion-acknowledgement", RecipientKind.MEMBER),
    /** A submission about something other than the insurer's products or services. */
    NOT_HANDLED_OUT_OF_SCOPE("not-handled-out-of-scope", RecipientKind.MEMBER),
    /** A submission about a Médecin-Conseil: to be sent, in writing, to the national union's complaints service. */
    NOT_HANDLED_MEDICAL_ADVISOR("not-handled-medical-advisor", RecipientKind.MEMBER),
    /** The answer of the service in charge. */
    FIRST_LINE_ANSWER("first-line-answer", RecipientKind.MEMBER),
    /** The complaints service has received the escalation; its result comes within 21 working days. */
    ESCALATION_RECEIVED("escalation-received", RecipientKind.MEMBER),
    /** The complaints service's result, always with the notice on the time limits for appeals to the courts. */
    COMPLAINTS_SERVICE_RESULT("complaints-service-result", RecipientKind.MEMBER),
    /**
     * The announced date passed without an answer: an apology and whom to contact; sent once per line, at the
     * breach, never on a mere warning. For the complaints service's line, not after an interim message.
     */
    DELAY_NOTICE("delay-notice", RecipientKind.MEMBER),
    /**
     * The complaints service's result will be late: why, in the officer's words, and the new expected date, with
     * the notice on the time limits for appeals to the courts.
     */
    INTERIM_MESSAGE("interim-message", RecipientKind.MEMBER),
    /**
     * An officer declined a registered complaint as not about the insurer's products or services: the same letter
     * as a declined submission's, with the complaint's reference and the officer's explanation.
     */
    COMPLAINT_DECLINED_OUT_OF_SCOPE("not-handled-out-of-scope", RecipientKind.MEMBER),
    /**
     * An officer declined a registered complaint as about a Médecin-Conseil: the same letter as a declined
     * submission's (MLOZ's address and web page), with the complaint's reference and the officer's explanation.
     */
    COMPLAINT_DECLINED_MEDICAL_ADVISOR("not-handled-medical-advisor", RecipientKind.MEMBER),
    /** A department has a new complaint in its queue. */
    NEW_COMPLAINT_IN_QUEUE("new-complaint-in-queue", RecipientKind.STAFF),
    /** A due date is near. */
    SLA_WARNING("sla-warning", RecipientKind.STAFF),
    /** A due date has passed without an answer. */
    SLA_BREACH("sla-breach", RecipientKind.STAFF),
    /** The complaints service recommends a change to a department. */
    RECOMMENDATION("recommendation", RecipientKind.STAFF),
    /** The complaints service asks a department for its input on an escalated complaint it is instructing. */
    DEPARTMENT_INPUT_REQUEST("department-input-request", RecipientKind.STAFF),
    /**
     * A department's daily digest of the complaints that entered its queue: about several complaints, and
     * about no member (references, dates, channels, categories and links to the office only).
     */
    DEPARTMENT_DIGEST("department-digest", RecipientKind.STAFF);

    private final String template;
    private final RecipientKind recipientKind;

    NotificationType(String template, RecipientKind recipientKind) {
        this.template = template;
        this.recipientKind = recipientKind;
    }

    /**
     * Whether the message is about a complaint, whose timeline records what became of it. A declined
     * submission is no complaint: its messages are in the archive only.
     */
    public boolean aboutAComplaint() {
        return !aboutADeclinedSubmission() && this != DEPARTMENT_DIGEST;
    }

    /** Whether the message tells a member why their submission is not handled. */
    public boolean aboutADeclinedSubmission() {
        return this == NOT_HANDLED_OUT_OF_SCOPE || this == NOT_HANDLED_MEDICAL_ADVISOR;
    }

    /**
     * Whether the message may hold personal data, and is therefore archived sealed with its complaint's key and
     * sent only while that key lives. A department digest names no member and belongs to no one complaint: it is
     * archived as written, and its delivery's complaint id is the digest's own id.
     */
    public boolean carriesPersonalData() {
        return this != DEPARTMENT_DIGEST;
    }

    /** The template's name, without language: one delivery per event, recipient and template, whatever the language. */
    public String template() {
        return template;
    }

    public RecipientKind recipientKind() {
        return recipientKind;
    }

    public boolean toMember() {
        return recipientKind == RecipientKind.MEMBER;
    }
}
