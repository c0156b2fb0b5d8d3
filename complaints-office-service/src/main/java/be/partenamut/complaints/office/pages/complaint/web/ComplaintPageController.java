package be.partenamut.complaints.office.pages.complaint.web;

import be.partenamut.complaints.office.pages.complaint.MemberMessages;

import be.partenamut.complaints.contracts.AppealDeadlineNotice;
import be.partenamut.complaints.contracts.Departments;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.office.casework.AvailableActions;
import be.partenamut.complaints.office.casework.KnownDepartments;
import be.partenamut.complaints.office.casework.StaffAction;
import be.partenamut.complaints.office.casework.web.ComplaintChangedMeanwhile;
import be.partenamut.complaints.office.casework.web.ComplaintNotFoundException;
import be.partenamut.complaints.office.casework.web.DepartmentScope;
import be.partenamut.complaints.office.casework.web.ExpectedVersion;
import be.partenamut.complaints.office.casework.web.ReceiptDateRefusedException;
import be.partenamut.complaints.office.casework.web.StaffCommands;
import be.partenamut.complaints.office.casework.web.UnknownMotivatingComplaintException;
import be.partenamut.complaints.office.complaint.command.TransitionRefusedException;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.query.ComplaintDetails;
import be.partenamut.complaints.office.privacy.AccessPurpose;
import be.partenamut.complaints.office.privacy.AuditedComplaintReader;
import be.partenamut.complaints.support.security.StaffMember;
import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The page of one complaint: who complained, through which channel and what about; its due dates and the
 * working days left; everything that happened to it (the timeline, from its events); the messages sent to the
 * member; and a form for each action the member of staff may take now ({@link AvailableActions}), none other.
 * <p>
 * Each form carries the complaint's version it was shown with: when someone else changed the complaint meanwhile,
 * nothing is applied and the page comes back (409) saying so and listing what changed, the text typed kept in the
 * form. A successful action redirects to the page (Post/Redirect/Get). Who may see what is the API's rule
 * ({@link DepartmentScope}): another department's complaint is a 403 page.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT', 'OFFICER')")
public class ComplaintPageController {

    static final String VIEW = "complaint";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** The actions' addresses under {@code /complaints/{id}/}, as the forms post them. */
    private static final Map<String, StaffAction> ACTIONS = Arrays.stream(StaffAction.values())
            .collect(Collectors.toMap(ComplaintPageController::slug, action -> action));

    private final AuditedComplaintReader reader;
    private final StaffCommands staff;
    private final MemberMessages memberMessages;
    private final TimelineLines timelineLines;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final KnownDepartments departments;

    public ComplaintPageController(AuditedComplaintReader reader, StaffCommands staff, MemberMessages memberMessages,
                                   TimelineLines timelineLines, WorkingDayCalendar calendar, Clock clock,
                                   KnownDepartments departments) {
        this.departments = departments;
        this.reader = reader;
        this.staff = staff;
        this.memberMessages = memberMessages;
        this.timelineLines = timelineLines;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The form's address segment of an action, e.g. {@code first-line-answer}. */
    public static String slug(StaffAction action) {
        return action.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @GetMapping("/complaints/{complaintId}")
    public String complaint(@PathVariable UUID complaintId, @RequestParam(required = false) String done,
                            StaffMember caller,
                            @RegisteredOAuth2AuthorizedClient("complaints-office-ui") OAuth2AuthorizedClient client,
                            Model model) {
        ComplaintDetails complaint = show(complaintId, caller);
        fill(model, complaint, caller, client);
        if (done != null && ACTIONS.containsKey(done)) {
            model.addAttribute("done", done);
        }
        return VIEW;
    }

    @PostMapping("/complaints/{complaintId}/{action}")
    public ModelAndView act(@PathVariable UUID complaintId, @PathVariable String action,
                            @ModelAttribute("form") ActionForm form, StaffMember caller,
                            @RegisteredOAuth2AuthorizedClient("complaints-office-ui") OAuth2AuthorizedClient client,
                            Model model) {
        StaffAction staffAction = ACTIONS.get(action);
        if (staffAction == null) {
            throw new ComplaintNotFoundException(ComplaintId.of(complaintId));
        }
        if (!AvailableActions.roleMayTake(staffAction, caller)) {
            throw new AccessDeniedException("not an action of this role: " + staffAction);
        }
        ComplaintId id = ComplaintId.of(complaintId);
        Map<String, String> problems = form.problems(staffAction);
        LocalDate expectedDay = form.expectedDay();
        if (staffAction == StaffAction.RECORD_INTERIM_MESSAGE && expectedDay != null
                && (!expectedDay.isAfter(today()) || !calendar.isWorkingDay(expectedDay))) {
            // The complaint's own rule (a working day after today), asked before sending so the form says it.
            problems.put("expectedDate", "complaint.validation.expected-date");
        }
        if (staffAction == StaffAction.REQUEST_INPUT && !problems.containsKey("department")
                && !departments.mayBeAskedForInput(form.departmentCode())) {
            problems.put("department", "complaint.validation.unknown-department");
        }
        if (!problems.isEmpty()) {
            ComplaintDetails complaint = show(complaintId, caller);
            fill(model, complaint, caller, client);
            model.addAttribute("failedAction", slug(staffAction));
            model.addAttribute("problems", problems);
            return page(model, HttpStatus.BAD_REQUEST);
        }
        try {
            send(id, staffAction, form, caller, new ExpectedVersion(form.getVersion(), false));
        } catch (ReceiptDateRefusedException refused) {
            ComplaintDetails complaint = show(complaintId, caller);
            fill(model, complaint, caller, client);
            model.addAttribute("failedAction", slug(staffAction));
            model.addAttribute("problems", Map.of("receivedOn", "complaint.validation.received-on." + refused.reason()));
            return page(model, HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (ComplaintChangedMeanwhile changed) {
            fill(model, changed.current(), caller, client);
            model.addAttribute("failedAction", slug(staffAction));
            model.addAttribute("changes", timelineLines.of(changed.changes(), LocaleContextHolder.getLocale()));
            // The form comes back with what was typed, and now the current version: acting again is a choice
            // made knowing what changed.
            form.setVersion(changed.current().version());
            return page(model, HttpStatus.CONFLICT);
        } catch (TransitionRefusedException refused) {
            // Said in the form, with what was typed: a day the recommendation cannot have taken effect, a
            // department nobody knows, a step already recorded by a colleague.
            return refusedInForm(complaintId, staffAction, caller, client, model, HttpStatus.CONFLICT,
                    Map.of("refusal", "complaint.refusal." + refused.refusal().code()));
        } catch (UnknownMotivatingComplaintException unknown) {
            return refusedInForm(complaintId, staffAction, caller, client, model, HttpStatus.BAD_REQUEST,
                    Map.of("motivatingReferences", "complaint.validation.unknown-reference"));
        }
        return new ModelAndView("redirect:/complaints/" + complaintId + "?done=" + slug(staffAction));
    }

    private ModelAndView refusedInForm(UUID complaintId, StaffAction action, StaffMember caller,
                                       OAuth2AuthorizedClient client, Model model, HttpStatus status,
                                       Map<String, String> problems) {
        fill(model, show(complaintId, caller), caller, client);
        model.addAttribute("failedAction", slug(action));
        model.addAttribute("problems", problems);
        return page(model, status);
    }

    private void send(ComplaintId id, StaffAction action, ActionForm form, StaffMember caller,
                      ExpectedVersion expected) {
        switch (action) {
            case ANSWER_FIRST_LINE -> staff.answerAsFirstLine(id, form.trimmedText(), caller, expected);
            case REROUTE -> staff.reroute(id, form.departmentCode(), caller, expected);
            case ESCALATE -> staff.escalate(id, form.trimmedText(), receivedAt(form.receivedOnDate()), caller, expected);
            case INSTRUCT -> staff.instruct(id, form.trimmedText(), caller, expected);
            case ANSWER_AS_COMPLAINTS_SERVICE -> staff.answerAsComplaintsService(id, form.getOutcome(),
                    form.trimmedText(), caller, expected);
            case ISSUE_RECOMMENDATION -> staff.issueRecommendation(id, form.departmentCode(), form.trimmedText(),
                    form.motivatingReferenceList(), caller, expected);
            case ACCEPT_RECOMMENDATION -> staff.acceptRecommendation(id, form.getRecommendation(), caller, expected);
            case REJECT_RECOMMENDATION -> staff.rejectRecommendation(id, form.getRecommendation(), form.trimmedText(),
                    caller, expected);
            case RECORD_INTERIM_MESSAGE -> staff.recordInterimMessage(id, form.trimmedText(), form.expectedDay(),
                    caller, expected);
            case DECLINE -> staff.decline(id, form.declineReasonChosen(), form.trimmedText(), caller, expected);
            case REQUEST_INPUT -> staff.requestInput(id, form.departmentCode(), form.trimmedText(), caller, expected);
            case GIVE_INPUT -> staff.giveInput(id, form.getInputRequest(), form.trimmedText(), caller, expected);
            case RECORD_RECOMMENDATION_IMPLEMENTATION -> staff.recordRecommendationImplementation(id,
                    form.getRecommendation(), form.getImplementedOn(), caller, expected);
            case CLOSE -> staff.close(id, form.trimmedText(), caller, expected);
        }
    }

    /**
     * A letter received on a past day counts from the start of that day (the period is counted in days); today, or
     * no date, is now.
     */
    private Instant receivedAt(LocalDate receivedOn) {
        if (receivedOn == null || receivedOn.equals(today())) {
            return null;
        }
        return receivedOn.atStartOfDay(BRUSSELS).toInstant();
    }

    private ComplaintDetails show(UUID complaintId, StaffMember caller) {
        DepartmentScope scope = DepartmentScope.of(caller);
        ComplaintId id = ComplaintId.of(complaintId);
        return reader.show(id, caller.username(), AccessPurpose.VIEW, scope::checkMaySee)
                .orElseThrow(() -> new ComplaintNotFoundException(id));
    }

    private void fill(Model model, ComplaintDetails complaint, StaffMember caller, OAuth2AuthorizedClient client) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("timeline", timelineLines.of(complaint.timeline(), LocaleContextHolder.getLocale()));
        model.addAttribute("zone", BRUSSELS);
        model.addAttribute("actions", AvailableActions.of(complaint, caller, today()).stream()
                .map(ComplaintPageController::slug).toList());
        model.addAttribute("outcomes", List.of(Outcome.values()));
        model.addAttribute("declineReasons", ActionForm.DECLINE_REASONS);
        // The first day the interim message's date may be: the next working day.
        model.addAttribute("earliestExpectedDate", calendar.addWorkingDays(today(), 1));
        model.addAttribute("askableDepartments", departments.askable());
        model.addAttribute("inputRequestsToReply", AvailableActions.inputRequestsToReply(complaint, caller));
        model.addAttribute("recommendableDepartments", Departments.RECOMMENDABLE);
        // Each recommendation's follow-up forms: the steps its rules allow now, for its department and officers.
        Map<UUID, List<String>> recommendationActions = new LinkedHashMap<>();
        complaint.recommendations().forEach(r -> recommendationActions.put(r.recommendationId(),
                AvailableActions.onRecommendation(complaint, r, caller).stream()
                        .map(ComplaintPageController::slug).toList()));
        model.addAttribute("recommendationActions", recommendationActions);
        model.addAttribute("today", today());
        Language memberLanguage = complaint.member() == null || complaint.member().language() == null
                ? Language.FR : complaint.member().language();
        model.addAttribute("memberLanguage", memberLanguage.code());
        // The warning exactly as the member will read it in the complaints service's result, in their language.
        model.addAttribute("appealNotice", AppealDeadlineNotice.in(memberLanguage));
        model.addAttribute("memberMessages", memberMessages.of(complaint, client));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new ActionForm());
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), calendar.zone());
    }

    private static ModelAndView page(Model model, HttpStatus status) {
        ModelAndView page = new ModelAndView(VIEW, model.asMap());
        page.setStatus(status);
        return page;
    }
}
