package be.partenamut.complaints.intake.policy;

/** What is wrong with the date of receipt a channel gave ({@link Refusal#INVALID_RECEIPT_DATE}). */
public enum ReceiptDateProblem {
    /** A request cannot have been received after now. */
    IN_THE_FUTURE("in-the-future"),
    /** An escalation cannot have been received before the complaint it escalates. */
    BEFORE_COMPLAINT("before-complaint");

    private final String code;

    ReceiptDateProblem(String code) {
        this.code = code;
    }

    /** The value of the problem's {@code reason} property. */
    public String code() {
        return code;
    }
}
