package be.partenamut.complaints.routing.inbox.messaging;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintClosed;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.routing.assignment.ComplaintRouter;
import be.partenamut.complaints.routing.assignment.RoutingDecision;
import be.partenamut.complaints.routing.sla.SlaPolicy;
import be.partenamut.complaints.routing.sla.SlaStatuses;
import be.partenamut.complaints.routing.sla.api.ComplaintAnsweredEvent;
import be.partenamut.complaints.routing.sla.api.ComplaintClosedEvent;
import be.partenamut.complaints.routing.sla.api.ComplaintEscalatedEvent;
import be.partenamut.complaints.routing.sla.api.ComplaintReceivedEvent;
import be.partenamut.complaints.support.messaging.ProcessedMessages;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What routing does with each event of a complaint:
 * <ul>
 *   <li>{@code ComplaintReceived}: assign a department by the rules; start the first line's SLA timer;</li>
 *   <li>{@code ComplaintEscalated}: assign the complaints service; start its SLA timer;</li>
 *   <li>{@code ComplaintAnswered}: stop that line's timer; {@code ComplaintClosed}: stop them all;</li>
 *   <li>{@code ComplaintRouted} by staff ({@code routingRule = "staff"}): record the reroute in the
 *       history, and the new department in the SLA figures. Other {@code ComplaintRouted} events are the
 *       office recording this service's own decisions.</li>
 * </ul>
 * Each of these runs in one transaction with the record of its message id, so Kafka's redeliveries
 * change nothing. The SLA timers are Axon's: the event is published on Axon's event bus and the
 * {@link be.partenamut.complaints.routing.sla.saga.ComplaintSlaSaga} handles it on this thread, in this
 * transaction.
 */
@Service
public class ComplaintEventDispatcher {

    static final String CONSUMER = "routing";
    private static final Logger log = LoggerFactory.getLogger(ComplaintEventDispatcher.class);

    private final ProcessedMessages processedMessages;
    private final ComplaintRouter router;
    private final EventGateway eventGateway;
    private final SlaPolicy policy;
    private final SlaStatuses statuses;
    private final Clock clock;

    public ComplaintEventDispatcher(ProcessedMessages processedMessages, ComplaintRouter router,
                                    EventGateway eventGateway, SlaPolicy policy, SlaStatuses statuses, Clock clock) {
        this.processedMessages = processedMessages;
        this.router = router;
        this.eventGateway = eventGateway;
        this.policy = policy;
        this.statuses = statuses;
        this.clock = clock;
    }

    @Transactional
    public void dispatch(ComplaintEvent event) {
        if (!concernsRouting(event)) {
            return;
        }
        MessageMetadata metadata = event.metadata();
        if (!processedMessages.firstDelivery(metadata.messageId(), CONSUMER)) {
            log.info("{} {} of complaint {} already processed, redelivery skipped", event.type(),
                    metadata.messageId(), event.complaintId());
            return;
        }
        if (event instanceof ComplaintReceived received) {
            RoutingDecision decision = router.route(received);
            LocalDate dueDate = received.firstLineDueDate() != null ? received.firstLineDueDate()
                    : policy.firstLineDueDate(orOccurrence(received.receivedAt(), metadata));
            eventGateway.publish(new ComplaintReceivedEvent(received.complaintId(), decision.department(), dueDate,
                    metadata.correlationId(), metadata.messageId().toString()));
        } else if (event instanceof ComplaintEscalated escalated) {
            router.assignToComplaintsService(escalated);
            LocalDate dueDate = escalated.dueDate() != null ? escalated.dueDate()
                    : policy.complaintsServiceDueDate(orOccurrence(escalated.escalationReceivedAt(), metadata));
            eventGateway.publish(new ComplaintEscalatedEvent(escalated.complaintId(), dueDate,
                    metadata.correlationId(), metadata.messageId().toString()));
        } else if (event instanceof ComplaintAnswered answered) {
            eventGateway.publish(new ComplaintAnsweredEvent(answered.complaintId(), answered.line()));
        } else if (event instanceof ComplaintClosed closed) {
            eventGateway.publish(new ComplaintClosedEvent(closed.complaintId()));
        } else if (event instanceof ComplaintRouted routed) {
            RoutingDecision reroute = router.recordReroute(routed);
            statuses.reassign(routed.complaintId(), reroute.department(), clock.instant());
        }
    }

    private static boolean concernsRouting(ComplaintEvent event) {
        return event instanceof ComplaintReceived
                || event instanceof ComplaintEscalated
                || (event instanceof ComplaintAnswered answered && answered.line() != null)
                || event instanceof ComplaintClosed
                || (event instanceof ComplaintRouted routed
                    && ComplaintRouter.STAFF_RULE.equals(routed.routingRule()) && routed.department() != null);
    }

    private static Instant orOccurrence(Instant instant, MessageMetadata metadata) {
        return instant != null ? instant : metadata.occurredAt();
    }
}
