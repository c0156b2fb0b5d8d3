package be.partenamut.complaints.routing.assignment.web;

import be.partenamut.complaints.routing.assignment.RoutingDecision;
import be.partenamut.complaints.routing.assignment.RoutingDecisions;
import be.partenamut.complaints.support.security.DepartmentScope;
import be.partenamut.complaints.support.security.StaffMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * Lets staff who handle complaints see why a complaint sits in a queue: every decision with the rule that made
 * it. A department agent sees the history of the complaints now in their department's queue only.
 */
@RestController
@RequestMapping("/api/v1/routing/decisions")
public class RoutingDecisionsController {

    private final RoutingDecisions decisions;

    public RoutingDecisionsController(RoutingDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER', 'ADMIN')")
    public List<RoutingDecision> ofComplaint(@RequestParam UUID complaintId, StaffMember caller) {
        List<RoutingDecision> history = decisions.ofComplaint(complaintId);
        // The last step names the department in charge now; a complaint not routed yet is nobody's queue.
        DepartmentScope.of(caller).check(history.isEmpty() ? null : history.get(history.size() - 1).department());
        return history;
    }
}
