package be.partenamut.complaints.office.pages.queue.web;

import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.office.casework.web.DepartmentScope;
import be.partenamut.complaints.office.casework.web.InvalidQueueRequestException;
import be.partenamut.complaints.office.casework.web.QueueRequest;
import be.partenamut.complaints.office.complaint.query.QueueCounts;
import be.partenamut.complaints.office.complaint.query.QueueFilter;
import be.partenamut.complaints.office.complaint.query.QueuePage;
import be.partenamut.complaints.office.complaint.query.DepartmentInputProjection;
import be.partenamut.complaints.office.complaint.query.QueueQueries;
import be.partenamut.complaints.office.complaint.query.SlaState;
import be.partenamut.complaints.office.complaint.query.WorkQueue;
import be.partenamut.complaints.office.pages.web.PageErrors;
import be.partenamut.complaints.support.security.StaffMember;
import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;

/**
 * The queues page: the queue a member of staff works (their department's for an agent; the complaints
 * service's for officers and administrators, who may open any department's too), with the counts of the
 * queues they may see, filters, search, and pages by keyset. The same queries, filters and rule of who sees
 * which queue as the API ({@link QueueQueries}, {@link QueueRequest}, {@link DepartmentScope}). A plain GET
 * form: it works without script.
 */
@Controller
public class QueuePageController {

    /** Lines per page. */
    public static final int PAGE_SIZE = 50;

    private final QueueQueries queues;
    private final WorkingDayCalendar calendar;
    private final DepartmentInputProjection inputs;

    public QueuePageController(QueueQueries queues, WorkingDayCalendar calendar, DepartmentInputProjection inputs) {
        this.queues = queues;
        this.calendar = calendar;
        this.inputs = inputs;
    }

    /** The caller's own queue: their department's for an agent, the complaints service's for the others. */
    @GetMapping("/queues")
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER')")
    public String ownQueue(StaffMember caller, QueueForm form, HttpServletRequest request, Model model) {
        DepartmentScope scope = DepartmentScope.of(caller);
        WorkQueue own = scope.everyDepartment() ? WorkQueue.complaintsService() : scope.queue(null);
        return show(scope, own, form, request, model);
    }

    @GetMapping("/queues/{queue}")
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER')")
    public String queue(@PathVariable("queue") String name, StaffMember caller, QueueForm form,
                        HttpServletRequest request, Model model) {
        if (!WorkQueue.COMPLAINTS_SERVICE.equals(name) && !WorkQueue.DEPARTMENT_CODE.matcher(name).matches()) {
            throw new InvalidQueueRequestException("queue", "no such queue");
        }
        DepartmentScope scope = DepartmentScope.of(caller);
        return show(scope, scope.queue(name), form, request, model);
    }

    @ExceptionHandler(InvalidQueueRequestException.class)
    ModelAndView invalid() {
        return PageErrors.page(HttpStatus.BAD_REQUEST, "error.bad-request");
    }

    private String show(DepartmentScope scope, WorkQueue queue, QueueForm form, HttpServletRequest request, Model model) {
        QueueFilter filter = QueueRequest.filter(form.status(), form.sla(), form.channel(), form.category(), form.q(),
                form.kind());
        QueuePage page = queues.page(queue, filter, QueueRequest.cursor(form.cursor()), PAGE_SIZE);
        QueueCounts counts = queues.counts(scope.visibleQueues());
        model.addAttribute("queue", queue);
        model.addAttribute("queues", listed(counts, queue, scope));
        model.addAttribute("counts", counts.of(queue));
        model.addAttribute("filter", filter);
        model.addAttribute("form", form);
        model.addAttribute("complaints", page.complaints());
        model.addAttribute("zone", calendar.zone());
        // An agent's escalated complaints are the complaints service's, out of their queue: those on which the
        // complaints service awaits their department's input are listed apart, to be opened and replied on.
        model.addAttribute("awaitedInputs", scope.everyDepartment() ? List.of() : inputs.awaitedFrom(scope.department()));
        model.addAttribute("statuses", ComplaintStatus.values());
        model.addAttribute("slaStates", SlaState.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("kinds", SubmissionKind.values());
        model.addAttribute("filtered", filter.status() != null || filter.sla() != null || filter.channel() != null
                || filter.category() != null || filter.search() != null || filter.kind() != null);
        String here = request.getRequestURI();
        UriComponentsBuilder self = UriComponentsBuilder.fromPath(here).query(request.getQueryString());
        model.addAttribute("nextPage", page.next() == null ? null
                : self.cloneBuilder().replaceQueryParam("cursor", page.next().encode()).build().toUriString());
        model.addAttribute("firstPage", form.cursor() == null || form.cursor().isBlank() ? null
                : self.cloneBuilder().replaceQueryParam("cursor").build().toUriString());
        return "queue";
    }

    /**
     * The queues in the list beside the page: those the caller may see that hold open complaints, the current
     * one always (even when empty), the complaints service's first for those who work it.
     */
    private static List<QueueCounts.Count> listed(QueueCounts counts, WorkQueue current, DepartmentScope scope) {
        List<QueueCounts.Count> listed = new ArrayList<>();
        if (scope.everyDepartment()) {
            listed.add(counts.of(WorkQueue.complaintsService()));
        }
        counts.queues().stream().filter(count -> !listed.contains(count)).forEach(listed::add);
        if (listed.stream().noneMatch(count -> count.queue().equals(current))) {
            listed.add(counts.of(current));
        }
        return listed;
    }

    /**
     * The query string of the page, as the filter form sends it (an empty choice for "any").
     *
     * @param q      a reference, member number or name
     * @param cursor where the page starts (from the previous page's next link)
     */
    public record QueueForm(String status, String sla, String channel, String category, String q, String cursor,
                            String kind) {
    }
}
