package be.partenamut.complaints.routing.sla;

/** Where a line stands against its due date. */
public enum SlaState {
    /** The due date is not near yet. */
    ON_TIME,
    /** Staff were warned: the due date is near. */
    WARNED,
    /** The due date passed without an answer. */
    BREACHED
}
