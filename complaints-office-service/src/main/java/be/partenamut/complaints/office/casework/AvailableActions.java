package be.partenamut.complaints.office.casework;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.office.complaint.command.ComplaintProgress;
import be.partenamut.complaints.office.complaint.command.RecommendationProgress;
import be.partenamut.complaints.office.complaint.command.Refusal;
import be.partenamut.complaints.office.complaint.query.ComplaintDetails;
import be.partenamut.complaints.personaldata.Opened;
import be.partenamut.complaints.support.security.Roles;
import be.partenamut.complaints.support.security.StaffMember;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The actions a member of staff may take on a complaint now: those the complaint's own rules
 * ({@link ComplaintProgress}, which the aggregate applies to every command) do not refuse, that the caller's role
 * may send (as the staff API authorises them), on a complaint within their reach. A page that offers only these
 * never offers what the complaint would refuse.
 * <ul>
 *   <li>a department's agent (first line): answer, reroute and close, on the complaints of their department's
 *       queue only, until the complaint is escalated (the second line is independent: then only the complaints
 *       service acts on it); reply to the complaints service's requests for their department's input;</li>
 *   <li>an officer (complaints service): register an escalation, instruct, ask a department for its input, answer
 *       with an outcome, issue recommendations, send an interim message, decline, reroute and close, on every
 *       complaint;</li>
 *   <li>on each recommendation ({@link #onRecommendation}): the agents of the department it is addressed to,
 *       whichever queue the complaint is in, and officers record its follow-up: accept or reject it, then
 *       record its implementation;</li>
 *   <li>an administrator: what both may;</li>
 *   <li>anyone else (an analyst): nothing.</li>
 * </ul>
 * Once the member's personal data is erased no staff text can be sealed any more: only the actions that need
 * none remain (reroute, close without a reason).
 */
public final class AvailableActions {

    private AvailableActions() {
    }

    /**
     * The actions {@code caller} may take on {@code complaint} as it stands on {@code today} (an escalation is
     * offered once the first line's target date has passed, even without its answer).
     */
    public static Set<StaffAction> of(ComplaintDetails complaint, StaffMember caller, LocalDate today) {
        ComplaintProgress progress = progressOf(complaint);
        boolean textsCanBeAdded = complaint.personalData().status() == Opened.Readability.READABLE;
        Set<StaffAction> actions = of(progress, complaint.department(), textsCanBeAdded, caller, today);
        if (!inputRequestsToReply(complaint, caller).isEmpty()) {
            offer(actions, StaffAction.GIVE_INPUT, caller, textsCanBeAdded, progress.refusesInputReply());
        }
        return actions;
    }

    /** As on a day before the first line's target date. */
    public static Set<StaffAction> of(ComplaintProgress progress, String department, boolean textsCanBeAdded,
                                      StaffMember caller) {
        return of(progress, department, textsCanBeAdded, caller, null);
    }

    /**
     * The open requests for input the caller may reply to: their department's, for an agent; every one for an
     * administrator (who may act for any department); none for an officer, who asks and does not reply.
     */
    public static List<ComplaintDetails.InputRequest> inputRequestsToReply(ComplaintDetails complaint,
                                                                           StaffMember caller) {
        if (!roleMayTake(StaffAction.GIVE_INPUT, caller)) {
            return List.of();
        }
        if (caller.hasRole(Roles.ADMIN)) {
            return complaint.openInputRequestsOf(null);
        }
        return caller.department() == null ? List.of() : complaint.openInputRequestsOf(caller.department());
    }

    /**
     * @param department          the department whose queue the complaint is in (null: not routed yet)
     * @param textsCanBeAdded     whether staff texts can still be sealed (the complaint's key exists)
     */
    public static Set<StaffAction> of(ComplaintProgress progress, String department, boolean textsCanBeAdded,
                                      StaffMember caller, LocalDate today) {
        boolean officer = isOfficer(caller);
        boolean agent = isAgent(caller);
        // An agent is confined to their department's queue (as DepartmentScope and the complaint decide); staff
        // of the complaints service and administrators are not.
        // Once escalated, only the complaints service acts: an agent keeps only their replies to requests for input
        // (offered from the complaint's requests, see of(ComplaintDetails, StaffMember)).
        boolean withinReach = officer || agent && !progress.escalated() && caller.department() != null
                && caller.department().equals(department);
        Set<StaffAction> actions = EnumSet.noneOf(StaffAction.class);
        if (!withinReach) {
            return actions;
        }
        offer(actions, StaffAction.ANSWER_FIRST_LINE, caller, textsCanBeAdded, progress.refusesFirstLineAnswer());
        offer(actions, StaffAction.REROUTE, caller, true, progress.refusesReroute());
        offer(actions, StaffAction.ESCALATE, caller, textsCanBeAdded, progress.refusesNewEscalation(today));
        offer(actions, StaffAction.INSTRUCT, caller, textsCanBeAdded, progress.refusesInstruction());
        offer(actions, StaffAction.REQUEST_INPUT, caller, textsCanBeAdded, progress.refusesInputRequest());
        offer(actions, StaffAction.ANSWER_AS_COMPLAINTS_SERVICE, caller, textsCanBeAdded,
                progress.refusesComplaintsServiceAnswer());
        offer(actions, StaffAction.ISSUE_RECOMMENDATION, caller, textsCanBeAdded, progress.refusesRecommendation());
        offer(actions, StaffAction.RECORD_INTERIM_MESSAGE, caller, textsCanBeAdded, progress.refusesInterimMessage());
        offer(actions, StaffAction.DECLINE, caller, textsCanBeAdded, progress.refusesDecline());
        offer(actions, StaffAction.CLOSE, caller, true, progress.refusesClosure());
        return actions;
    }

    /**
     * The follow-up steps {@code caller} may record on {@code recommendation} now: those its rules
     * ({@link RecommendationProgress}, which the complaint applies) do not refuse, for officers and the agents of
     * the department it is addressed to. A rejection needs a text, so none once texts can no longer be sealed.
     */
    public static Set<StaffAction> onRecommendation(ComplaintDetails complaint, ComplaintDetails.Recommendation recommendation,
                                                    StaffMember caller) {
        boolean addressee = isOfficer(caller) || isAgent(caller) && caller.department() != null
                && caller.department().equals(recommendation.department());
        Set<StaffAction> actions = EnumSet.noneOf(StaffAction.class);
        if (!addressee) {
            return actions;
        }
        boolean textsCanBeAdded = complaint.personalData().status() == Opened.Readability.READABLE;
        RecommendationProgress progress = new RecommendationProgress(recommendation.department(),
                recommendation.state(), recommendation.accepted() == null ? null : recommendation.accepted().at());
        offer(actions, StaffAction.ACCEPT_RECOMMENDATION, caller, true, progress.refusesAcceptance());
        offer(actions, StaffAction.REJECT_RECOMMENDATION, caller, textsCanBeAdded, progress.refusesRejection());
        offer(actions, StaffAction.RECORD_RECOMMENDATION_IMPLEMENTATION, caller, true,
                progress.refusesImplementation());
        return actions;
    }

    /**
     * Whether the caller's role may take {@code action} at all (whatever the complaint's state), as the staff API
     * authorises it: the first line's answer is a department's, the complaints service's steps are officers',
     * rerouting and closing are both's; an administrator may do everything staff may.
     */
    public static boolean roleMayTake(StaffAction action, StaffMember caller) {
        return switch (action) {
            case ANSWER_FIRST_LINE, GIVE_INPUT -> isAgent(caller);
            case ESCALATE, INSTRUCT, REQUEST_INPUT, ANSWER_AS_COMPLAINTS_SERVICE, ISSUE_RECOMMENDATION,
                 RECORD_INTERIM_MESSAGE, DECLINE -> isOfficer(caller);
            case REROUTE, CLOSE, ACCEPT_RECOMMENDATION, REJECT_RECOMMENDATION, RECORD_RECOMMENDATION_IMPLEMENTATION ->
                    isAgent(caller) || isOfficer(caller);
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
                complaint.complaintsServiceAnswer() != null, complaint.decline() != null, firstLineDueDate(complaint),
                complaint.kind());
    }

    private static LocalDate firstLineDueDate(ComplaintDetails complaint) {
        return complaint.deadlines().stream().filter(deadline -> deadline.line() == AnsweringLine.FIRST_LINE)
                .map(ComplaintDetails.Deadline::dueDate).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** @param possible false when the action needs a text and none can be sealed any more */
    private static void offer(Set<StaffAction> actions, StaffAction action, StaffMember caller, boolean possible,
                              Optional<Refusal> refusal) {
        if (roleMayTake(action, caller) && possible && refusal.isEmpty()) {
            actions.add(action);
        }
    }
}
