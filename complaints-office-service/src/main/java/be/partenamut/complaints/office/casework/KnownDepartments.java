package be.partenamut.complaints.office.casework;

import be.partenamut.complaints.contracts.Departments;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The departments the complaints service may ask for their input: those of the published list
 * ({@link Departments}, routing's catalogue without the complaints service, which is the one asking) — the same
 * list a recommendation is addressed to and the notification service holds a mailbox for, so none can drift.
 * Read from the contracts rather than asked of routing at each request, so instructing a complaint does not
 * depend on routing being up.
 */
@Component
public class KnownDepartments {

    /** Whether the complaints service may ask {@code department} for its input. */
    public boolean mayBeAskedForInput(String department) {
        return Departments.isRecommendable(department);
    }

    /** The departments that may be asked, in the published list's order. */
    public List<String> askable() {
        return Departments.RECOMMENDABLE;
    }
}
