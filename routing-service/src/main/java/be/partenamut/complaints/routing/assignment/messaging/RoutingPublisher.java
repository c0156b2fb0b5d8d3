package be.partenamut.complaints.routing.assignment.messaging;

import be.partenamut.complaints.contracts.routing.RoutingMessage;
import be.partenamut.complaints.support.messaging.KafkaMessages;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.stereotype.Component;

/**
 * Publishes on {@code complaints.routing.v1} (routing decisions, SLA warnings and breaches), waiting
 * for the broker's acknowledgement.
 */
@Component
public class RoutingPublisher {

    static final String BINDING = "routingOut-out-0";

    private final StreamBridge streamBridge;

    public RoutingPublisher(StreamBridge streamBridge) {
        this.streamBridge = streamBridge;
    }

    public void publish(RoutingMessage message) {
        // The binding is synchronous (producer.sync): a failed send throws here and rolls back the caller.
        if (!streamBridge.send(BINDING, KafkaMessages.keyedByComplaint(message, message.metadata()))) {
            throw new IllegalStateException("Kafka did not accept " + message.getClass().getSimpleName());
        }
    }
}
