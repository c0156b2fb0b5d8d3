package be.partenamut.complaints.routing.assignment;

import be.partenamut.complaints.contracts.ComplaintFile;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.contracts.routing.DepartmentAssigned;
import be.partenamut.complaints.routing.assignment.messaging.RoutingPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps each complaint's routing history and tells the complaints office which department is in
 * charge: by the rules when a complaint is received, the complaints service when it is escalated.
 * A staff reroute in the office is recorded in the history as it is.
 * <p>
 * Callers run these in the transaction that records the source event's message id (see
 * {@link be.partenamut.complaints.routing.inbox.messaging.ComplaintEventDispatcher}): if publishing fails, the
 * decision is rolled back and the event redelivered. The published message id derives from the
 * event's, so even a decision published twice (committed after a crash) is deduplicated downstream.
 */
@Service
public class ComplaintRouter {

    /** The rule named in the assignment of an escalated complaint to the complaints service. */
    public static final String ESCALATION_RULE = "escalation";
    /** The rule the office names in a {@link ComplaintRouted} when staff moved the complaint. */
    public static final String STAFF_RULE = "staff";

    private static final Logger log = LoggerFactory.getLogger(ComplaintRouter.class);

    private final RoutingTable table;
    private final RoutingDecisions decisions;
    private final RoutingPublisher publisher;
    private final MeterRegistry meters;
    private final Clock clock;

    public ComplaintRouter(RoutingTable table, RoutingDecisions decisions, RoutingPublisher publisher,
                           MeterRegistry meters, Clock clock) {
        this.table = table;
        this.decisions = decisions;
        this.publisher = publisher;
        this.meters = meters;
        this.clock = clock;
    }

    /** Assigns a received complaint by the rules; returns the decision. */
    @Transactional
    public RoutingDecision route(ComplaintReceived received) {
        MessageMetadata source = received.metadata();
        RoutingTable.Assignment assignment = table.assign(requestOf(received));
        RoutingDecision decision = new RoutingDecision(derivedId(source.messageId()), received.complaintId(),
                RoutingDecision.Kind.RULE, received.file().category(), assignment.department(), null, assignment.rule(),
                clock.instant(), source.messageId(), source.causationId(), null);
        decisions.record(decision);
        publish(decision, source);
        log.info("Complaint {} ({}) routed to {} by rule {}", received.file().reference(), received.file().category(),
                decision.department(), decision.rule());
        return decision;
    }

    /** Escalated complaints go to the complaints service, whatever department had them. */
    @Transactional
    public RoutingDecision assignToComplaintsService(ComplaintEscalated escalated) {
        MessageMetadata source = escalated.metadata();
        Optional<RoutingDecision> before = decisions.latest(escalated.complaintId());
        RoutingDecision decision = new RoutingDecision(derivedId(source.messageId()), escalated.complaintId(),
                RoutingDecision.Kind.ESCALATION, before.map(RoutingDecision::category).orElse(null),
                DepartmentCatalogue.COMPLAINTS_SERVICE, before.map(RoutingDecision::department).orElse(null),
                ESCALATION_RULE, clock.instant(), source.messageId(), source.causationId(), null);
        decisions.record(decision);
        publish(decision, source);
        log.info("Escalated complaint {} assigned to {}", escalated.complaintId(), decision.department());
        return decision;
    }

    /** Records that staff moved the complaint; the office has already assigned it, nothing is published. */
    @Transactional
    public RoutingDecision recordReroute(ComplaintRouted routed) {
        MessageMetadata source = routed.metadata();
        Optional<RoutingDecision> before = decisions.latest(routed.complaintId());
        String previous = routed.previousDepartment() != null ? routed.previousDepartment()
                : before.map(RoutingDecision::department).orElse(null);
        RoutingDecision decision = new RoutingDecision(
                UUID.nameUUIDFromBytes(("StaffReroute:" + source.messageId()).getBytes(StandardCharsets.UTF_8)),
                routed.complaintId(), RoutingDecision.Kind.STAFF_REROUTE,
                before.map(RoutingDecision::category).orElse(null), routed.department(), previous, STAFF_RULE,
                source.occurredAt(), source.messageId(), source.causationId(), routed.decidedBy());
        decisions.record(decision);
        meters.counter("complaints.rerouted", "department", decision.department()).increment();
        log.info("Complaint {} rerouted by {} from {} to {}", routed.complaintId(),
                routed.decidedBy() == null ? "staff" : routed.decidedBy(), previous, routed.department());
        return decision;
    }

    private void publish(RoutingDecision decision, MessageMetadata source) {
        publisher.publish(new DepartmentAssigned(
                MessageMetadata.of(decision.decisionId(), decision.complaintId(), decision.decidedAt(),
                        source.correlationId(), source.messageId().toString()),
                decision.department(), decision.rule()));
        meters.counter("complaints.routed", "department", decision.department(), "rule", decision.rule()).increment();
    }

    private static RoutingRequest requestOf(ComplaintReceived received) {
        ComplaintFile file = received.file();
        return new RoutingRequest(file.category(), file.product(),
                file.channel() == null ? null : file.channel().name(),
                file.member() == null || file.member().language() == null ? null
                        : file.member().language().code(),
                file.agency());
    }

    private static UUID derivedId(UUID sourceMessageId) {
        return UUID.nameUUIDFromBytes(("DepartmentAssigned:" + sourceMessageId).getBytes(StandardCharsets.UTF_8));
    }
}
