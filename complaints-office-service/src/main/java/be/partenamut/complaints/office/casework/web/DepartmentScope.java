package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.office.complaint.command.OutsideDepartmentException;
import be.partenamut.complaints.office.complaint.query.ComplaintDetails;
import be.partenamut.complaints.office.complaint.query.WorkQueue;
import be.partenamut.complaints.support.security.Roles;
import be.partenamut.complaints.support.security.StaffMember;

import java.util.Objects;

/**
 * The complaints a member of staff may see and act on. A department's agent (the first line): only those in
 * their department's queue, the department the office last routed the complaint to; need-to-know, as the
 * members' data in a complaint are health data; once a complaint is escalated, also the first-line department
 * and the departments asked for their input, to read it ({@link #checkMaySee}). The complaints service (officers)
 * and administrators: every complaint.
 *
 * @param department the department the caller is confined to; null when the caller is not confined to one
 */
public record DepartmentScope(String department) {

    /**
     * @throws NoDepartmentException for an agent whose token names no department: such a token gives access
     *                               to no queue rather than to all of them
     */
    public static DepartmentScope of(StaffMember caller) {
        if (caller.hasRole(Roles.OFFICER) || caller.hasRole(Roles.ADMIN) || !caller.hasRole(Roles.AGENT)) {
            return new DepartmentScope(null);
        }
        if (caller.department() == null || caller.department().isBlank()) {
            throw new NoDepartmentException(caller.username());
        }
        return new DepartmentScope(caller.department());
    }

    public boolean everyDepartment() {
        return department == null;
    }

    /**
     * An agent sees the complaints in their department's queue, and, once one is escalated to the complaints
     * service (whose queue it then is), the department that had it at the first line and every department asked
     * for its input still read it: the second line works with the service concerned. Reading is all they may do
     * then (the complaint refuses their commands, save a reply to their request for input). A department a
     * recommendation is addressed to also sees the complaint that motivated it: it records what became of the
     * recommendation on the complaint's page, and needs what motivated it to weigh it.
     *
     * @throws OutsideDepartmentException when the caller may not see this complaint
     */
    public void checkMaySee(ComplaintDetails complaint) {
        if (everyDepartment() || department.equals(complaint.department())) {
            return;
        }
        boolean firstLine = complaint.escalation() != null && department.equals(complaint.firstLineDepartment());
        boolean recommendedTo = complaint.recommendations().stream().anyMatch(r -> department.equals(r.department()));
        if (!firstLine && !recommendedTo && !complaint.askedForInput(department)) {
            throw OutsideDepartmentException.complaint(department);
        }
    }

    /**
     * The department whose queue to list: the one asked for, or the caller's own when none is (null: every
     * department, for staff not confined to one).
     *
     * @throws OutsideDepartmentException when an agent asks for another department's queue
     */
    public String queueToList(String askedFor) {
        if (everyDepartment()) {
            return askedFor;
        }
        if (askedFor != null && !Objects.equals(askedFor, department)) {
            throw OutsideDepartmentException.queue(department, askedFor);
        }
        return department;
    }

    /**
     * The queue to list: the one asked for by name ({@link WorkQueue#named}), or, when none is, the caller's
     * department's for an agent and every complaint for the others. Only the complaints service and
     * administrators see the complaints service's queue, by the same rule as another department's.
     *
     * @throws OutsideDepartmentException when an agent asks for another queue than their department's
     * @throws IllegalArgumentException   when the name is no queue's
     */
    public WorkQueue queue(String askedFor) {
        WorkQueue asked = askedFor == null ? null : WorkQueue.named(askedFor);
        if (everyDepartment()) {
            return asked == null ? WorkQueue.everyComplaint() : asked;
        }
        return WorkQueue.ofDepartment(queueToList(askedFor));
    }

    /** The queues the caller may see: their department's for an agent, every queue otherwise. */
    public WorkQueue visibleQueues() {
        return everyDepartment() ? WorkQueue.everyComplaint() : WorkQueue.ofDepartment(department);
    }
}
