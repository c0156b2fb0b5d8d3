package be.partenamut.complaints.notification.delivery;

public enum DeliveryStatus {
    /** Recorded, not (known to be) sent yet: a send was under way or the service stopped during it. */
    PENDING,
    /** Accepted by the mail server. */
    SENT,
    /** The last attempt failed; a redelivery of the event tries again. */
    FAILED,
    /** Not sent, and never will be: the member's personal data was erased or its retention period ended. */
    SUPPRESSED
}
