package be.partenamut.complaints.office.complaint.command;

/**
 * A command named the version of the complaint its sender saw, and the complaint has changed since: nothing
 * was applied. The sender reads what changed (the events after {@code expectedVersion}) and decides again.
 */
public class ComplaintChangedException extends RuntimeException {

    private final long expectedVersion;
    private final long actualVersion;

    public ComplaintChangedException(long expectedVersion, long actualVersion) {
        super("The complaint changed since version " + expectedVersion + " (it is at version " + actualVersion
                + "): nothing was changed.");
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public long actualVersion() {
        return actualVersion;
    }
}
