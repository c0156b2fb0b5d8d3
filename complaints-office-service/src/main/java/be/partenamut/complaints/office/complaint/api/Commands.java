package be.partenamut.complaints.office.complaint.api;

/** Names of the metadata every command carries, copied onto the events it causes. */
public final class Commands {

    /** Who asked: a staff account ({@code officer}), or a system ({@code intake}, {@code routing}). */
    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    private Commands() {
    }
}
