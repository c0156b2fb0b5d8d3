package be.partenamut.complaints.intake.policy;

import be.partenamut.complaints.contracts.Language;

import java.time.LocalDate;

/** The policy does not take the submission; the member is told why, in their language. */
public class PolicyRefusedException extends RuntimeException {

    private final Refusal refusal;
    private final NotEscalableReason notEscalableReason;
    private final Language language;
    private final LocalDate firstLineDueDate;
    private final ReceiptDateProblem receiptDateProblem;

    public PolicyRefusedException(Refusal refusal, Language language) {
        this(refusal, null, language, null, null);
    }

    private PolicyRefusedException(Refusal refusal, NotEscalableReason notEscalableReason, Language language,
                                   LocalDate firstLineDueDate, ReceiptDateProblem receiptDateProblem) {
        super(refusal.slug() + (notEscalableReason == null ? "" : " (" + notEscalableReason.code() + ")")
                + (receiptDateProblem == null ? "" : " (" + receiptDateProblem.code() + ")"));
        this.refusal = refusal;
        this.notEscalableReason = notEscalableReason;
        this.language = language == null ? Language.FR : language;
        this.firstLineDueDate = firstLineDueDate;
        this.receiptDateProblem = receiptDateProblem;
    }

    public static PolicyRefusedException notEscalable(NotEscalableReason reason, Language language) {
        return new PolicyRefusedException(Refusal.NOT_ESCALABLE, reason, language, null, null);
    }

    /**
     * The first line has not answered and still has time: the member is told until when.
     *
     * @param firstLineDueDate the first line's target date, or null when unknown
     */
    public static PolicyRefusedException firstLineStillHasUntil(LocalDate firstLineDueDate, Language language) {
        return new PolicyRefusedException(Refusal.NOT_ESCALABLE, NotEscalableReason.FIRST_LINE_NOT_ANSWERED, language,
                firstLineDueDate, null);
    }

    public static PolicyRefusedException invalidReceiptDate(ReceiptDateProblem problem, Language language) {
        return new PolicyRefusedException(Refusal.INVALID_RECEIPT_DATE, null, language, null, problem);
    }

    /** For {@link NotEscalableReason#FIRST_LINE_NOT_ANSWERED}: the day until which the first line answers, when known. */
    public LocalDate firstLineDueDate() {
        return firstLineDueDate;
    }

    /** Set for {@link Refusal#INVALID_RECEIPT_DATE} only. */
    public ReceiptDateProblem receiptDateProblem() {
        return receiptDateProblem;
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
