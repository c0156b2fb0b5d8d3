package be.partenamut.complaints.office.pages.queue;

import be.partenamut.complaints.office.casework.web.DepartmentScope;
import be.partenamut.complaints.office.complaint.query.ComplaintQueueProjection;
import be.partenamut.complaints.support.security.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.time.ZoneId;

/**
 * The queue a member of staff lands on after signing in: their department's for an agent, every complaint for
 * the complaints service. Who sees what is the API's rule ({@link DepartmentScope}).
 */
@Controller
public class QueuePageController {

    static final int PAGE_SIZE = 50;
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final ComplaintQueueProjection queue;

    public QueuePageController(ComplaintQueueProjection queue) {
        this.queue = queue;
    }

    @GetMapping("/queues")
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER')")
    public String queue(StaffMember caller, Model model) {
        String department = DepartmentScope.of(caller).queueToList(null);
        model.addAttribute("department", department);
        model.addAttribute("zone", BRUSSELS);
        model.addAttribute("complaints", queue.list(department, null, PAGE_SIZE));
        return "queue";
    }
}
