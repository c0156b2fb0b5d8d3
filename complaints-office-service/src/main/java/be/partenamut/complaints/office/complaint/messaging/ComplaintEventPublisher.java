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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.stereotype.Component;

/**
 * The relay from the event store to {@code complaints.events.v1}. It runs in a tracking event
 * processor: events are read in the order they were stored, and the processor's position advances
 * only after Kafka acknowledged the event (the binding is synchronous, acks=all). When Kafka is down
 * the send fails, the processor keeps its position and retries with back-off; nothing is skipped.
 * A crash between the acknowledgement and the position update republishes an event with the same
 * message id, which consumers recognise.
 */
@Component
@ProcessingGroup(ComplaintEventPublisher.PROCESSING_GROUP)
public class ComplaintEventPublisher {

    public static final String PROCESSING_GROUP = "complaint-events-publisher";
    static final String BINDING = "complaintEventsOut-out-0";
    private static final Logger log = LoggerFactory.getLogger(ComplaintEventPublisher.class);

    private final StreamBridge streamBridge;
    private final MeterRegistry meters;

    public ComplaintEventPublisher(StreamBridge streamBridge, MeterRegistry meters) {
        this.streamBridge = streamBridge;
        this.meters = meters;
    }

    @EventHandler
    public void on(ComplaintLifecycleEvent event, EventMessage<?> message) {
        ComplaintEvent published = PublishedEvents.toContract(event, message);
        try (Correlation.Scope scope = Correlation.open(published.metadata().correlationId())) {
            if (!streamBridge.send(BINDING, KafkaMessages.keyedByComplaint(published, published.metadata()))) {
                throw new IllegalStateException("Kafka did not accept " + published.type());
            }
            meters.counter("complaints.events.published", "type", published.type()).increment();
            log.debug("Published {} of complaint {}", published.type(), published.complaintId());
        }
    }
}
