package be.partenamut.complaints.routing.assignment.web;

import be.partenamut.complaints.routing.assignment.RoutingDecision;
import be.partenamut.complaints.routing.assignment.RoutingDecisions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Lets staff see why a complaint sits in a queue: every decision with the rule that made it. */
@RestController
@RequestMapping("/api/v1/routing/decisions")
public class RoutingDecisionsController {

    private final RoutingDecisions decisions;

    public RoutingDecisionsController(RoutingDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping
    public List<RoutingDecision> ofComplaint(@RequestParam UUID complaintId) {
        return decisions.ofComplaint(complaintId);
    }
}
