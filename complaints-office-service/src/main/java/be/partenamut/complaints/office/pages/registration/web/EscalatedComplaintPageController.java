package be.partenamut.complaints.office.pages.registration.web;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.OralFirstLineContact;
import be.partenamut.complaints.office.casework.registration.EscalatedComplaint;
import be.partenamut.complaints.office.casework.web.ReceiptDateRefusedException;
import be.partenamut.complaints.office.casework.web.StaffCommands;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.command.Refusal;
import be.partenamut.complaints.office.complaint.command.TransitionRefusedException;
import be.partenamut.complaints.support.security.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The complaints service registers, on one page, the complaint of a member who spoke to an agency or the Service
 * Center orally and found no arrangement (no written answer, no reference) with its escalation: the same action as
 * the staff API's ({@link StaffCommands#registerEscalatedComplaint}). Once registered, the complaint's page opens.
 */
@Controller
@PreAuthorize("hasRole('OFFICER')")
public class EscalatedComplaintPageController {

    static final String VIEW = "escalated-complaint";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final StaffCommands staff;
    private final Clock clock;

    public EscalatedComplaintPageController(StaffCommands staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/escalated-complaints/new")
    public String form(Model model) {
        return show(model, new EscalatedComplaintForm(), Map.of());
    }

    @PostMapping("/escalated-complaints")
    public ModelAndView register(@ModelAttribute("form") EscalatedComplaintForm form, StaffMember caller, Model model) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), BRUSSELS);
        Map<String, String> problems = form.problems(today);
        if (!problems.isEmpty()) {
            return page(model, form, problems, HttpStatus.BAD_REQUEST);
        }
        ComplaintId id;
        try {
            id = staff.registerEscalatedComplaint(new EscalatedComplaint(EscalatedComplaintForm.trimmed(form.getMemberNumber()),
                    EscalatedComplaintForm.trimmed(form.getFirstName()), EscalatedComplaintForm.trimmed(form.getLastName()),
                    EscalatedComplaintForm.trimmed(form.getEmail()), form.getLanguage(), form.getChannel(),
                    form.categoryCode(), form.getSubject(), form.getDescription(), form.getReason(),
                    receivedAt(EscalatedComplaintForm.date(form.getReceivedOn()), today),
                    new OralFirstLineContact(EscalatedComplaintForm.date(form.getContactOn()), form.getContactPlace())),
                    caller);
        } catch (ReceiptDateRefusedException refused) {
            return page(model, form, Map.of("receivedOn", "complaint.validation.received-on." + refused.reason()),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (TransitionRefusedException refused) {
            if (refused.refusal() != Refusal.ORAL_CONTACT_AFTER_REQUEST) {
                throw refused;
            }
            return page(model, form, Map.of("contactOn", "registration.validation.contact-after-request"),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return new ModelAndView("redirect:/complaints/" + id.value() + "?done=escalate");
    }

    /** A request received on a past day counts from the start of that day; today, or no date, is now. */
    private static Instant receivedAt(LocalDate receivedOn, LocalDate today) {
        return receivedOn == null || receivedOn.equals(today) ? null : receivedOn.atStartOfDay(BRUSSELS).toInstant();
    }

    private ModelAndView page(Model model, EscalatedComplaintForm form, Map<String, String> problems, HttpStatus status) {
        ModelAndView page = new ModelAndView(show(model, form, problems), model.asMap());
        page.setStatus(status);
        return page;
    }

    private static String show(Model model, EscalatedComplaintForm form, Map<String, String> problems) {
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("languages", List.of(Language.values()));
        model.addAttribute("channels", List.of(Channel.LETTER, Channel.EMAIL, Channel.PHONE, Channel.AGENCY));
        model.addAttribute("places", List.of(OralFirstLineContact.Place.values()));
        return VIEW;
    }
}
