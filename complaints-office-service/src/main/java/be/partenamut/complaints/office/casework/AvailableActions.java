package be.partenamut.complaints.office.casework;

import be.partenamut.complaints.office.complaint.command.ComplaintProgress;
import be.partenamut.complaints.office.complaint.command.Refusal;
import be.partenamut.complaints.office.complaint.query.ComplaintDetails;
import be.partenamut.complaints.personaldata.Opened;
import be.partenamut.complaints.support.security.Roles;
import be.partenamut.complaints.support.security.StaffMember;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The actions a member of staff may take on a complaint now: those the complaint's own rules
 * ({@link ComplaintProgress}, which the aggregate applies to every command) do not refuse, that the caller's role
 * may send (as the staff API authorises them), on a complaint within their reach. A page that offers only these
 * never offers what the complaint would refuse.
 * <ul>
 *   <li>a department's agent (first line): answer, reroute and close, on the complaints of their department's
 *       queue only;</li>
 *   <li>an officer (complaints service): register an escalation, instruct, answer with an outcome, issue
 *       recommendations, reroute and close, on every complaint;</li>
 *   <li>an administrator: what both may;</li>
 *   <li>anyone else (an analyst): nothing.</li>
 * </ul>
 * Once the member's personal data is erased no staff text can be sealed any more: only the actions that need
 * none remain (reroute, close without a reason).
 */
public final class AvailableActions {

    private AvailableActions() {
    }

    /** The actions {@code caller} may take on {@code complaint} as it stands. */
    public static Set<StaffAction> of(ComplaintDetails complaint, StaffMember caller) {
        return of(progressOf(complaint), complaint.department(),
                complaint.personalData().status() == Opened.Readability.READABLE, caller);
    }

    /**
     * @param department          the department whose queue the complaint is in (null: not routed yet)
     * @param textsCanBeAdded     whether staff texts can still be sealed (the complaint's key exists)
     */
    public static Set<StaffAction> of(ComplaintProgress progress, String department, boolean textsCanBeAdded,
                                      StaffMember caller) {
        boolean officer = isOfficer(caller);
        boolean agent = isAgent(caller);
        // An agent is confined to their department's queue (as DepartmentScope and the complaint decide); staff
        // of the complaints service and administrators are not.
        boolean withinReach = officer || agent && caller.department() != null && caller.department().equals(department);
        Set<StaffAction> actions = EnumSet.noneOf(StaffAction.class);
        if (!withinReach) {
            return actions;
        }
        offer(actions, StaffAction.ANSWER_FIRST_LINE, caller, textsCanBeAdded, progress.refusesFirstLineAnswer());
        offer(actions, StaffAction.REROUTE, caller, true, progress.refusesReroute());
        offer(actions, StaffAction.ESCALATE, caller, textsCanBeAdded, progress.refusesNewEscalation());
        offer(actions, StaffAction.INSTRUCT, caller, textsCanBeAdded, progress.refusesInstruction());
        offer(actions, StaffAction.ANSWER_AS_COMPLAINTS_SERVICE, caller, textsCanBeAdded,
                progress.refusesComplaintsServiceAnswer());
        offer(actions, StaffAction.ISSUE_RECOMMENDATION, caller, textsCanBeAdded, progress.refusesRecommendation());
        offer(actions, StaffAction.CLOSE, caller, true, progress.refusesClosure());
        return actions;
    }

    /**
     * Whether the caller's role may take {@code action} at all (whatever the complaint's state), as the staff API
     * authorises it: the first line's answer is a department's, the complaints service's steps are officers',
     * rerouting and closing are both's; an administrator may do everything staff may.
     */
    public static boolean roleMayTake(StaffAction action, StaffMember caller) {
        return switch (action) {
            case ANSWER_FIRST_LINE -> isAgent(caller);
            case ESCALATE, INSTRUCT, ANSWER_AS_COMPLAINTS_SERVICE, ISSUE_RECOMMENDATION -> isOfficer(caller);
            case REROUTE, CLOSE -> isAgent(caller) || isOfficer(caller);
        };
    }

    private static boolean isOfficer(StaffMember caller) {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.OFFICER);
    }

    private static boolean isAgent(StaffMember caller) {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.AGENT);
    }

    /** How far the complaint has come, read from what staff see of it (its events, folded). */
    public static ComplaintProgress progressOf(ComplaintDetails complaint) {
        return new ComplaintProgress(complaint.closure() != null, complaint.firstLineAnswer() != null,
                complaint.escalation() != null, !complaint.instruction().isEmpty(),
                complaint.complaintsServiceAnswer() != null, complaint.kind());
    }

    /** @param possible false when the action needs a text and none can be sealed any more */
    private static void offer(Set<StaffAction> actions, StaffAction action, StaffMember caller, boolean possible,
                              Optional<Refusal> refusal) {
        if (roleMayTake(action, caller) && possible && refusal.isEmpty()) {
            actions.add(action);
        }
    }
}
