package be.partenamut.complaints.intake.policy;

import be.partenamut.complaints.contracts.DeclineReason;

/**
 * Why the policy does not take a submission, each with the stable problem type the caller gets
 * ({@code https://complaints.partenamut.be/problems/<slug>}, HTTP 422).
 */
public enum Refusal {
    /**
     * No way to identify the person: neither names nor a way to reach a member, or, without a member
     * number, not both names and an email address.
     */
    ANONYMOUS("anonymous-complaint", DeclineReason.ANONYMOUS, "memberNumber"),
    /** About a hospital, a pharmacy, a doctor's own practice...: not the insurer's products or services. */
    NOT_ABOUT_OUR_SERVICES("not-about-our-services", DeclineReason.NOT_ABOUT_OUR_SERVICES, "category"),
    /** About a Médecin-Conseil: the national union's complaints service handles it, in writing. */
    MEDICAL_ADVISOR("medical-advisor", DeclineReason.MEDICAL_ADVISOR, "category"),
    /** The member number is not in the member registry. */
    UNKNOWN_MEMBER("unknown-member", null, "memberNumber"),
    /** The complaint named by the reference cannot be escalated (see {@link NotEscalableReason}). */
    NOT_ESCALABLE("not-escalable", null, "reference"),
    /**
     * The date of receipt a channel gave for a request keyed in later cannot be: in the future, or before the
     * complaint itself was received (see {@link ReceiptDateProblem}). Periods count from it, so it is not guessed.
     */
    INVALID_RECEIPT_DATE("invalid-receipt-date", null, "receivedAt");

    private final String slug;
    private final DeclineReason declineReason;
    private final String field;

    Refusal(String slug, DeclineReason declineReason, String field) {
        this.slug = slug;
        this.declineReason = declineReason;
        this.field = field;
    }

    /** The last segment of the problem type. */
    public String slug() {
        return slug;
    }

    /**
     * The reason counted for analytics when the policy does not handle such a submission at all;
     * null for a refusal the member can correct (an unknown number, a reference).
     */
    public DeclineReason declineReason() {
        return declineReason;
    }

    /** The request field the refusal is about, where a form shows it. */
    public String field() {
        return field;
    }
}
