package be.partenamut.complaints.contracts.deliveries;

/** What became of a message. */
public enum DeliveryStatus {
    SENT,
    /** A letter rendered and waiting in the print queue. */
    QUEUED_FOR_PRINT,
    /** The attempts failed; operations see it among the dead letters. */
    FAILED,
    /** Not sent on purpose: the member's personal data is erased. */
    SUPPRESSED
}
