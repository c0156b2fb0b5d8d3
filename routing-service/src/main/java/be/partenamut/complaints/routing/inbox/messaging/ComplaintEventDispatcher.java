package be.partenamut.complaints.routing.inbox.messaging;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintClosed;
import be.partenamut.complaints.contracts.events.InterimMessageRecorded;
import be.partenamut.complaints.contracts.events.ComplaintDeclined;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintInstructed;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.contracts.events.PersonalDataErased;
import be.partenamut.complaints.contracts.events.DepartmentInputGiven;
import be.partenamut.complaints.contracts.events.DepartmentInputRequested;
import be.partenamut.complaints.contracts.events.RecommendationIssued;
import be.partenamut.complaints.contracts.events.RecommendationAccepted;
import be.partenamut.complaints.contracts.events.RecommendationImplemented;
import be.partenamut.complaints.contracts.events.RecommendationRejected;
import be.partenamut.complaints.contracts.events.SlaBreached;
import be.partenamut.complaints.contracts.events.SlaWarned;
import be.partenamut.complaints.contracts.events.UnknownComplaintEvent;
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
        MessageMetadata metadata = event.metadata();
        Runnable action = event.accept(new Actions(metadata));
        if (action == null) {
            return;
        }
        if (!processedMessages.firstDelivery(metadata.messageId(), CONSUMER)) {
            log.info("{} {} of complaint {} already processed, redelivery skipped", event.type(),
                    metadata.messageId(), event.complaintId());
            return;
        }
        action.run();
    }

    /** What routing does with each event; null for an event that is not routing's concern. */
    private final class Actions implements ComplaintEvent.Visitor<Runnable> {

        private final MessageMetadata metadata;

        Actions(MessageMetadata metadata) {
            this.metadata = metadata;
        }

        @Override
        public Runnable visit(ComplaintReceived received) {
            return () -> {
                RoutingDecision decision = router.route(received);
                if (received.file().suggestion()) {
                    // A suggestion goes to its department like a complaint, but no answer deadline applies: no timer.
                    log.info("Suggestion {} routed to {}, without an SLA timer", received.complaintId(),
                            decision.department());
                    return;
                }
                LocalDate dueDate = received.file().firstLineDueDate() != null ? received.file().firstLineDueDate()
                        : policy.firstLineDueDate(orOccurrence(received.file().receivedAt(), metadata));
                eventGateway.publish(new ComplaintReceivedEvent(received.complaintId(), decision.department(), dueDate,
                        metadata.correlationId(), metadata.messageId().toString()));
            };
        }

        @Override
        public Runnable visit(ComplaintEscalated escalated) {
            return () -> {
                router.assignToComplaintsService(escalated);
                LocalDate dueDate = escalated.dueDate() != null ? escalated.dueDate()
                        : policy.complaintsServiceDueDate(orOccurrence(escalated.escalationReceivedAt(), metadata));
                eventGateway.publish(new ComplaintEscalatedEvent(escalated.complaintId(), dueDate,
                        metadata.correlationId(), metadata.messageId().toString()));
            };
        }

        @Override
        public Runnable visit(ComplaintAnswered answered) {
            if (answered.line() == null) {
                return null; // no line whose timer could stop
            }
            return () -> eventGateway.publish(new ComplaintAnsweredEvent(answered.complaintId(), answered.line()));
        }

        @Override
        public Runnable visit(ComplaintClosed closed) {
            return () -> eventGateway.publish(new ComplaintClosedEvent(closed.complaintId()));
        }

        @Override
        public Runnable visit(ComplaintRouted routed) {
            if (!ComplaintRouter.STAFF_RULE.equals(routed.routingRule()) || routed.department() == null) {
                return null; // the office recording this service's own decision
            }
            return () -> {
                RoutingDecision reroute = router.recordReroute(routed);
                statuses.reassign(routed.complaintId(), reroute.department(), clock.instant());
            };
        }

        @Override
        public Runnable visit(ComplaintAcknowledged acknowledged) {
            return null; // neither routes the complaint nor starts or stops a timer
        }

        @Override
        public Runnable visit(ComplaintInstructed instructed) {
            return null; // neither routes the complaint nor starts or stops a timer
        }

        @Override
        public Runnable visit(RecommendationIssued recommendation) {
            return null; // neither routes the complaint nor starts or stops a timer
        }

        @Override
        public Runnable visit(DepartmentInputRequested requested) {
            return null; // neither routes the complaint nor starts or stops a timer
        }

        @Override
        public Runnable visit(DepartmentInputGiven given) {
            return null; // neither routes the complaint nor starts or stops a timer
        }

        @Override
        public Runnable visit(RecommendationAccepted recommendationAccepted) {
            return null; // a recommendation's follow-up neither routes the complaint nor starts or stops a timer
        }

        @Override
        public Runnable visit(RecommendationRejected recommendationRejected) {
            return null; // a recommendation's follow-up neither routes the complaint nor starts or stops a timer
        }

        @Override
        public Runnable visit(RecommendationImplemented recommendationImplemented) {
            return null; // a recommendation's follow-up neither routes the complaint nor starts or stops a timer
        }

        @Override
        public Runnable visit(PersonalDataErased erased) {
            return null; // routing holds no sealed personal field to forget
        }

        @Override
        public Runnable visit(SlaWarned warned) {
            return null; // this service's own warning, recorded by the office
        }

        @Override
        public Runnable visit(SlaBreached breached) {
            return null; // this service's own breach, recorded by the office
        }


        @Override
        public Runnable visit(InterimMessageRecorded interim) {
            return null; // a promise to the member; the complaints service's timer keeps the policy's 21 working days
        }

        @Override
        public Runnable visit(ComplaintDeclined declined) {
            return null; // the ComplaintClosed that follows it stops the timers
        }

        @Override
        public Runnable visit(UnknownComplaintEvent unknown) {
            return null; // a newer producer's type: nothing here knows what to do with it
        }
    }

    private static Instant orOccurrence(Instant instant, MessageMetadata metadata) {
        return instant != null ? instant : metadata.occurredAt();
    }
}
