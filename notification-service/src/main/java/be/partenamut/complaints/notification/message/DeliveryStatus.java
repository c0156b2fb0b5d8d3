package be.partenamut.complaints.notification.message;

/** What became of one message, as the delivery log records it. */
public enum DeliveryStatus {
    /** Recorded, not (known to be) sent yet: a send was under way or the service stopped during it. */
    PENDING,
    /** Accepted by the mail server; for a letter: printed, to be posted. */
    SENT,
    /** The last attempt failed; the retry job tries again at {@code nextAttemptAt}. */
    FAILED,
    /** Every attempt failed, or the message can never be sent as it is: a dead letter for operations. */
    DEAD,
    /** A letter, rendered and waiting in the print queue. */
    QUEUED_FOR_PRINT,
    /** Not sent, and never will be: the member's personal data was erased or its retention period ended. */
    SUPPRESSED;

    /** Whether a send is still to be tried. */
    public boolean awaitsAttempt() {
        return this == PENDING || this == FAILED;
    }

    /**
     * What the complaint's timeline is told of this status, or null when it is told nothing (yet): a
     * message still being tried is not news, its end is.
     */
    public be.partenamut.complaints.contracts.deliveries.DeliveryStatus published() {
        switch (this) {
            case SENT:
                return be.partenamut.complaints.contracts.deliveries.DeliveryStatus.SENT;
            case QUEUED_FOR_PRINT:
                return be.partenamut.complaints.contracts.deliveries.DeliveryStatus.QUEUED_FOR_PRINT;
            case DEAD:
                return be.partenamut.complaints.contracts.deliveries.DeliveryStatus.FAILED;
            case SUPPRESSED:
                return be.partenamut.complaints.contracts.deliveries.DeliveryStatus.SUPPRESSED;
            default:
                return null;
        }
    }
}
