package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.office.complaint.command.Refusal;

import java.time.Instant;

/**
 * A date of receipt that cannot be: in the future, or before the complaint itself was received. Periods count
 * from it (the complaints service's 21 working days), so it is refused rather than corrected.
 */
public class ReceiptDateRefusedException extends RuntimeException {

    private final String reason;

    private ReceiptDateRefusedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    static ReceiptDateRefusedException inTheFuture(Instant receivedAt) {
        return new ReceiptDateRefusedException("in-the-future",
                "The date of receipt " + receivedAt + " lies in the future: give the day the letter or email was received.");
    }

    /** The complaint refused it ({@link Refusal#ESCALATION_RECEIVED_BEFORE_COMPLAINT}). */
    static ReceiptDateRefusedException beforeTheComplaint() {
        return new ReceiptDateRefusedException("before-complaint", Refusal.ESCALATION_RECEIVED_BEFORE_COMPLAINT.message());
    }

    /** The problem's stable {@code reason}: {@code in-the-future} or {@code before-complaint}. */
    public String reason() {
        return reason;
    }
}
