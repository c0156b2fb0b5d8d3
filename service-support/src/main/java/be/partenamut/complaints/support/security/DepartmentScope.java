package be.partenamut.complaints.support.security;

import be.partenamut.complaints.support.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Which complaints a caller may read or act on, by the department in charge of them: a department agent
 * only those of their own department (the token's {@code department} claim); officers and administrators
 * every department's. What a role may do at all stays the endpoint's {@code @PreAuthorize}; this only narrows
 * an agent to their queue. A complaint whose department the service does not know (not routed yet, a
 * declined submission) holds nobody back: there is no other department it could belong to yet.
 *
 * @param department     the department the caller is held to; null for an agent whose token names none
 *                       (then no routed complaint is theirs)
 * @param allDepartments whether the caller is held to no department at all
 */
public record DepartmentScope(String department, boolean allDepartments) {

    /** The scope of the caller: an agent (who is not also an officer or administrator) is held to their department. */
    public static DepartmentScope of(StaffMember caller) {
        boolean heldToDepartment = caller.hasRole(Roles.AGENT)
                && !caller.hasRole(Roles.OFFICER) && !caller.hasRole(Roles.ADMIN);
        return heldToDepartment ? new DepartmentScope(caller.department(), false) : new DepartmentScope(null, true);
    }

    /** Whether a complaint of {@code complaintDepartment} (null: not known) is within the scope. */
    public boolean covers(String complaintDepartment) {
        return allDepartments || complaintDepartment == null || complaintDepartment.equals(department);
    }

    /** Refuses (403, problem+json) a complaint of {@code complaintDepartment} outside the scope. */
    public void check(String complaintDepartment) {
        if (!covers(complaintDepartment)) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, Problems.of(HttpStatus.FORBIDDEN, Problems.FORBIDDEN,
                    "Not allowed", "This complaint is in the queue of another department than yours."), null);
        }
    }
}
