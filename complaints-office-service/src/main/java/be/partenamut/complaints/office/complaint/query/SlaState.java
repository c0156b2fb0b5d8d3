package be.partenamut.complaints.office.complaint.query;

/**
 * How the line in charge of a complaint stands against its due date, as routing's timers recorded it
 * ({@code SlaWarnedEvent}, {@code SlaBreachedEvent}) and as the line's answer ended it. An escalation hands
 * the complaint to the complaints service, whose period starts again at {@link #PENDING}.
 */
public enum SlaState {
    /** The due date is not near yet, or no timer fired. */
    PENDING,
    /** Staff were warned that the due date is near. */
    WARNED,
    /** The due date passed without an answer. */
    BREACHED,
    /** The line in charge answered. */
    ANSWERED
}
