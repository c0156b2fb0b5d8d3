package be.partenamut.complaints.office.complaint.query;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A queue of complaints: one department's (the first line's complaints it is in charge of), the complaints
 * service's (the escalated complaints, whatever their department, and those routing gave to the complaints
 * service as their first line), or every complaint (for officers and administrators). Who may see which is
 * decided by {@code casework.web.DepartmentScope}, not here.
 *
 * @param department the department of a {@link Kind#DEPARTMENT} queue; null otherwise
 */
public record WorkQueue(Kind kind, String department) {

    /** How the complaints service's queue is named in addresses and parameters. */
    public static final String COMPLAINTS_SERVICE = "COMPLAINTS_SERVICE";
    /** What a department code looks like, e.g. HEALTHCARE_REIMBURSEMENTS. */
    public static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");

    public enum Kind { DEPARTMENT, COMPLAINTS_SERVICE, EVERY_COMPLAINT }

    public WorkQueue {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.DEPARTMENT) != (department != null)) {
            throw new IllegalArgumentException("a department is named for a department's queue, and only for it");
        }
    }

    /** The department's queue; the complaints service's for its own department code. */
    public static WorkQueue ofDepartment(String department) {
        if (COMPLAINTS_SERVICE.equals(department)) {
            return complaintsService();
        }
        return new WorkQueue(Kind.DEPARTMENT, department);
    }

    public static WorkQueue complaintsService() {
        return new WorkQueue(Kind.COMPLAINTS_SERVICE, null);
    }

    public static WorkQueue everyComplaint() {
        return new WorkQueue(Kind.EVERY_COMPLAINT, null);
    }

    /**
     * The queue a name stands for: {@value #COMPLAINTS_SERVICE} or a department code.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static WorkQueue named(String name) {
        if (name == null || !DEPARTMENT_CODE.matcher(name).matches()) {
            throw new IllegalArgumentException("a queue is " + COMPLAINTS_SERVICE
                    + " or a department code such as HEALTHCARE_REIMBURSEMENTS");
        }
        return ofDepartment(name);
    }

    /** The name {@link #named} reads back; null for every complaint, which is no single queue. */
    public String name() {
        return switch (kind) {
            case DEPARTMENT -> department;
            case COMPLAINTS_SERVICE -> COMPLAINTS_SERVICE;
            case EVERY_COMPLAINT -> null;
        };
    }
}
