package be.partenamut.complaints.contracts;

/** Where a complaint stands in its life. */
public enum ComplaintStatus {
    RECEIVED,
    ACKNOWLEDGED,
    FIRST_LINE_ANSWERED,
    ESCALATED,
    INSTRUCTED,
    COMPLAINTS_SERVICE_ANSWERED,
    CLOSED
}
