package be.partenamut.complaints.notification.delivery.messaging;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.deliveries.DeliveryStatusChanged;
import be.partenamut.complaints.notification.message.Delivery;
import be.partenamut.complaints.notification.delivery.DeliveryLog;
import be.partenamut.complaints.support.messaging.KafkaMessages;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Tells the complaints office, on {@code complaints.deliveries.v1}, what became of a message about a
 * complaint (sent, queued for print, failed for good, suppressed), so it lands on the complaint's
 * timeline. Called once the status is committed; what could not be published (Kafka down) stays
 * marked unpublished in the delivery log and the retry job publishes it later. The message id is
 * derived from the delivery and its status, so a status published twice is recorded once.
 */
@Component
public class DeliveryStatusPublisher {

    static final String BINDING = "deliveriesOut-out-0";
    private static final Logger log = LoggerFactory.getLogger(DeliveryStatusPublisher.class);

    private final StreamBridge streamBridge;
    private final DeliveryLog deliveries;
    private final MeterRegistry meters;
    private final TransactionTemplate transactions;

    public DeliveryStatusPublisher(StreamBridge streamBridge, DeliveryLog deliveries, MeterRegistry meters,
                                   TransactionTemplate transactions) {
        this.streamBridge = streamBridge;
        this.deliveries = deliveries;
        this.meters = meters;
        this.transactions = transactions;
    }

    /**
     * Publishes the delivery's status unless the timeline already has it; never throws. The delivery's
     * row is locked meanwhile, so the sender and the retry job never publish the same status twice.
     */
    public boolean publish(Delivery delivery) {
        if (!delivery.unpublished()) {
            return true;
        }
        if (!delivery.type().aboutAComplaint()) {
            // A declined submission, a department digest: no complaint timeline to report to.
            deliveries.markPublished(delivery.deliveryId(), delivery.status());
            return true;
        }
        return Boolean.TRUE.equals(transactions.execute(status -> deliveries.lock(delivery.deliveryId())
                .map(current -> !current.unpublished() || send(current))
                .orElse(true)));
    }

    private boolean send(Delivery delivery) {
        DeliveryStatusChanged changed = statusChanged(delivery);
        try {
            // The binding is synchronous (producer.sync): a send Kafka did not acknowledge throws here.
            if (!streamBridge.send(BINDING, KafkaMessages.keyedByComplaint(changed, changed.metadata()))) {
                throw new IllegalStateException("the binding refused the message");
            }
        } catch (RuntimeException e) {
            meters.counter("notifications.status.unpublished").increment();
            log.warn("Complaint {}: status {} of delivery {} not published yet, the retry job will: {}",
                    delivery.complaintId(), changed.status(), delivery.deliveryId(), e.toString());
            return false;
        }
        deliveries.markPublished(delivery.deliveryId(), delivery.status());
        log.info("Complaint {}: {} {} {} published as {}", delivery.complaintId(), delivery.type(), delivery.channel(),
                changed.status(), changed.metadata().messageId());
        return true;
    }

    static DeliveryStatusChanged statusChanged(Delivery delivery) {
        String correlationId = delivery.correlationId() != null ? delivery.correlationId()
                : "notification-" + delivery.deliveryId();
        MessageMetadata metadata = MessageMetadata.of(messageId(delivery), delivery.complaintId(),
                delivery.statusChangedAt(), correlationId, delivery.sourceMessageId().toString());
        return new DeliveryStatusChanged(metadata, delivery.deliveryId(), delivery.type().name(),
                delivery.recipientKind(), delivery.channel(), delivery.status().published());
    }

    /** The same for the same delivery and status, however often it is published. */
    static UUID messageId(Delivery delivery) {
        return UUID.nameUUIDFromBytes(("delivery-status:" + delivery.deliveryId() + ":" + delivery.status().published())
                .getBytes(StandardCharsets.UTF_8));
    }
}
