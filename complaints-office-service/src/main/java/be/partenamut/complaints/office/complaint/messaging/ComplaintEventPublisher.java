package be.partenamut.complaints.office.complaint.messaging;

import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintLifecycleEvent;
import be.partenamut.complaints.office.complaint.published.PublishedEvents;
import be.partenamut.complaints.support.correlation.Correlation;
import be.partenamut.complaints.support.messaging.KafkaMessages;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The relay from the event store to {@code complaints.events.v1}. It runs in a tracking event processor:
 * events are read in the order they were stored, and the processor's position advances only after Kafka
 * acknowledged the event (the binding is synchronous, acks=all). When Kafka is down the send fails, the
 * processor keeps its position and retries with back-off; nothing is skipped.
 *
 * <p>Nothing is put on the topic twice either. Kafka's acknowledgement and the stored position are two
 * commits, so an event can be handled again after it was sent: the position's update failed (PostgreSQL
 * away, a timeout) and the unit of work rolled back; the send timed out on the client although the broker
 * wrote it; the office was killed between the two. Before each send the relay asks
 * {@link PublishedMessageIds} whether the topic already holds the event's message id (from memory, or from
 * the topic's records since the event was stored), and skips it if so; {@value #REPEATS_SKIPPED} counts
 * these, {@code complaints.events.published} only real sends. The topic is the truth, read as any
 * consumer reads it.
 *
 * <p>Not Kafka transactions: they make the sends of one transaction atomic, not a send and a PostgreSQL
 * commit, so each of the cases above would still need the topic read; and an aborted attempt stays in the
 * log, seen by every reader that does not ask for read_committed (which none of the platform's consumers,
 * nor an operator's console consumer, does by default). What transactions add is fencing a zombie
 * instance; here one instance holds the relay's claim at a time (Axon's token claim), and an instance
 * that takes the claim over reads the topic before sending, so a copy is only possible from an instance
 * that lost its claim mid-send without noticing (a pause longer than the claim timeout, 10 seconds).
 */
@Component
@ProcessingGroup(ComplaintEventPublisher.PROCESSING_GROUP)
public class ComplaintEventPublisher {

    public static final String PROCESSING_GROUP = "complaint-events-publisher";
    public static final String PUBLISHED = "complaints.events.published";
    public static final String REPEATS_SKIPPED = "complaints.relay.repeats.skipped";
    static final String BINDING = "complaintEventsOut-out-0";
    private static final Logger log = LoggerFactory.getLogger(ComplaintEventPublisher.class);

    private final StreamBridge streamBridge;
    private final MeterRegistry meters;
    private final PublishedMessageIds onTopic;

    public ComplaintEventPublisher(StreamBridge streamBridge, MeterRegistry meters, PublishedMessageIds onTopic) {
        this.streamBridge = streamBridge;
        this.meters = meters;
        this.onTopic = onTopic;
    }

    @EventHandler
    public void on(ComplaintLifecycleEvent event, EventMessage<?> message, TrackingToken position) {
        ComplaintEvent published = PublishedEvents.toContract(event, message);
        String messageId = published.metadata().messageId().toString();
        try (Correlation.Scope scope = Correlation.open(published.metadata().correlationId())) {
            if (onTopic.contains(messageId, message.getTimestamp(), position)) {
                onTopic.skipped(position);
                meters.counter(REPEATS_SKIPPED, "type", published.type()).increment();
                log.info("{} of complaint {} (message {}) is already on Kafka: not published again",
                        published.type(), published.complaintId(), messageId);
                return;
            }
            send(published);
            onTopic.sent(messageId, Instant.now(), position);
            meters.counter(PUBLISHED, "type", published.type()).increment();
            log.debug("Published {} of complaint {}", published.type(), published.complaintId());
        }
    }

    private void send(ComplaintEvent published) {
        boolean accepted;
        try {
            accepted = streamBridge.send(BINDING, KafkaMessages.keyedByComplaint(published, published.metadata()));
        } catch (RuntimeException e) {
            // The broker may have written it all the same (a timeout on this side): the topic will tell.
            onTopic.forget();
            throw e;
        }
        if (!accepted) {
            onTopic.forget();
            throw new IllegalStateException("Kafka did not accept " + published.type());
        }
    }
}
