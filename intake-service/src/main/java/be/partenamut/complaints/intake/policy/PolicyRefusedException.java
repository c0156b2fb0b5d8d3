package be.partenamut.complaints.intake.policy;

import be.partenamut.complaints.contracts.Language;

/** The policy does not take the submission; the member is told why, in their language. */
public class PolicyRefusedException extends RuntimeException {

    private final Refusal refusal;
    private final NotEscalableReason notEscalableReason;
    private final Language language;

    public PolicyRefusedException(Refusal refusal, Language language) {
        this(refusal, null, language);
    }

    private PolicyRefusedException(Refusal refusal, NotEscalableReason notEscalableReason, Language language) {
        super(refusal.slug() + (notEscalableReason == null ? "" : " (" + notEscalableReason.code() + ")"));
        this.refusal = refusal;
        this.notEscalableReason = notEscalableReason;
        this.language = language == null ? Language.FR : language;
    }

    public static PolicyRefusedException notEscalable(NotEscalableReason reason, Language language) {
        return new PolicyRefusedException(Refusal.NOT_ESCALABLE, reason, language);
    }

    public Refusal refusal() {
        return refusal;
    }

    /** Set for {@link Refusal#NOT_ESCALABLE} only. */
    public NotEscalableReason notEscalableReason() {
        return notEscalableReason;
    }

    public Language language() {
        return language;
    }
}
