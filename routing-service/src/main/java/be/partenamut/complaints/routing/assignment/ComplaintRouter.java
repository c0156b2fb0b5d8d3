package be.partenamut.complaints.routing.assignment;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.routing.DepartmentAssigned;
import be.partenamut.complaints.routing.assignment.messaging.RoutingPublisher;
import be.partenamut.complaints.support.messaging.ProcessedMessages;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/** Assigns each received complaint to the department in charge and tells the complaints office. */
@Service
public class ComplaintRouter {

    static final String CONSUMER = "routing";
    private static final Logger log = LoggerFactory.getLogger(ComplaintRouter.class);

    private final RoutingTable table;
    private final RoutingDecisions decisions;
    private final RoutingPublisher publisher;
    private final ProcessedMessages processedMessages;
    private final MeterRegistry meters;
    private final Clock clock;

    public ComplaintRouter(RoutingTable table, RoutingDecisions decisions, RoutingPublisher publisher,
                           ProcessedMessages processedMessages, MeterRegistry meters, Clock clock) {
        this.table = table;
        this.decisions = decisions;
        this.publisher = publisher;
        this.processedMessages = processedMessages;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * Records the decision and publishes it in one unit: if publishing fails, the decision is rolled
     * back and the event redelivered. A redelivered event is recognised by its message id and
     * skipped; the published message id derives from the event's, so even a decision published
     * twice (committed after a crash) is deduplicated downstream.
     */
    @Transactional
    public void route(ComplaintReceived received) {
        MessageMetadata source = received.metadata();
        if (!processedMessages.firstDelivery(source.messageId(), CONSUMER)) {
            log.info("Complaint {} already routed, redelivery skipped", received.complaintId());
            return;
        }
        RoutingTable.Assignment assignment = table.assign(received.category());
        RoutingDecision decision = new RoutingDecision(derivedId(source.messageId()), received.complaintId(),
                received.category(), assignment.department(), assignment.rule(), clock.instant());
        decisions.record(decision);
        publisher.publish(new DepartmentAssigned(
                MessageMetadata.of(decision.decisionId(), decision.complaintId(), decision.decidedAt(),
                        source.correlationId(), source.messageId().toString()),
                decision.department(), decision.rule()));
        meters.counter("complaints.routed", "department", decision.department(), "rule", decision.rule()).increment();
        log.info("Complaint {} ({}) routed to {} by rule {}", received.reference(), received.category(),
                decision.department(), decision.rule());
    }

    private static UUID derivedId(UUID sourceMessageId) {
        return UUID.nameUUIDFromBytes(("DepartmentAssigned:" + sourceMessageId).getBytes(StandardCharsets.UTF_8));
    }
}
