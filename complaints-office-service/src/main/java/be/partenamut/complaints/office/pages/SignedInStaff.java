package be.partenamut.complaints.office.pages;

import be.partenamut.complaints.office.pages.signin.StaffOidcUser;
import be.partenamut.complaints.support.security.Roles;
import be.partenamut.complaints.support.security.StaffMember;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in member of staff as every page shows them (layout.html's header): model attribute
 * {@code signedIn}, null on a page shown to nobody signed in.
 *
 * @param name           the person's name, as the provider gives it
 * @param username       their username (the caller's name in the API and in the timeline)
 * @param department     a department agent's department code; null for the others
 * @param worksQueues    whether the queues are theirs to work (agents, officers, administrators)
 * @param viewsFigures   whether the improvement figures are theirs to read (analysts, officers, administrators)
 * @param registersEscalations whether they register complaints with their escalation at once (officers,
 *                             administrators)
 */
public record SignedInStaff(String name, String username, String department, boolean worksQueues,
                            boolean viewsFigures, boolean registersEscalations) {

    /** Who is signed in to the pages in this request; null when nobody is (or an API caller). */
    public static SignedInStaff current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffOidcUser user ? of(user) : null;
    }

    static SignedInStaff of(StaffOidcUser user) {
        StaffMember staff = user.staffMember();
        boolean admin = staff.hasRole(Roles.ADMIN);
        boolean officer = staff.hasRole(Roles.OFFICER);
        return new SignedInStaff(user.displayName(), staff.username(), staff.department(),
                admin || officer || staff.hasRole(Roles.AGENT),
                admin || officer || staff.hasRole(Roles.ANALYST), admin || officer);
    }
}
