package be.partenamut.complaints.office.casework;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The departments the complaints service may ask for their input ({@code complaints.office.departments}): the
 * codes of routing's catalogue ({@code complaints.routing.departments}, served at {@code GET /api/v1/departments}),
 * the complaints service's own excepted, as it is the one asking. Configured rather than asked of routing at each
 * request, so instructing a complaint does not depend on routing being up; a code added there is added here.
 *
 * @param departments the codes, e.g. {@code HEALTHCARE_REIMBURSEMENTS}
 */
@ConfigurationProperties("complaints.office")
public record KnownDepartments(List<String> departments) {

    /** The complaints service's own department (routing's queue of escalated complaints). */
    public static final String COMPLAINTS_SERVICE = "COMPLAINTS_SERVICE";

    public KnownDepartments {
        departments = departments == null ? List.of() : List.copyOf(departments);
    }

    /** Whether the complaints service may ask {@code department} for its input. */
    public boolean mayBeAskedForInput(String department) {
        return department != null && !COMPLAINTS_SERVICE.equals(department) && departments.contains(department);
    }

    /** The departments that may be asked, in their configured order. */
    public List<String> askable() {
        return departments.stream().filter(this::mayBeAskedForInput).toList();
    }
}
