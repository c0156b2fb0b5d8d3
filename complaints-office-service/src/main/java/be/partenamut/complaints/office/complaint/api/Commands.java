package be.partenamut.complaints.office.complaint.api;

/** Names of the metadata every command carries, copied onto the events it causes. */
public final class Commands {

    /** Who asked: a staff account ({@code officer}), or a system ({@code intake}, {@code routing}). */
    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    /**
     * The department whose queue a member of staff is confined to (a department's agent); absent for staff
     * who act on every complaint (officers, administrators) and for systems. Events do not keep it.
     */
    public static final String DEPARTMENT_SCOPE = "departmentScope";
    /**
     * The complaint's version the member of staff saw before acting ({@link Long}): the command is refused, and
     * nothing applied, when the complaint changed since. Absent for commands that act on the complaint as it
     * stands (systems, and staff requests that send no version). Events do not keep it.
     */
    public static final String EXPECTED_VERSION = "expectedVersion";

    private Commands() {
    }
}
