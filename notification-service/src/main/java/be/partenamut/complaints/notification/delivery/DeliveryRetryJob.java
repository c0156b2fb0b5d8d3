package be.partenamut.complaints.notification.delivery;

import be.partenamut.complaints.notification.delivery.messaging.DeliveryStatusPublisher;
import be.partenamut.complaints.notification.message.Delivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Every {@code complaints.notification.retry.poll-interval}: tries again the messages whose next
 * attempt is due (the mail server did not take them, or their sender stopped mid-way), and publishes
 * the statuses the complaint's timeline has not heard of yet (Kafka was down). A round ends early at a
 * message that found the mail server unavailable. Several instances of the service may run it: a
 * message is locked while it is tried, and skipped by the others.
 */
@Component
class DeliveryRetryJob {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRetryJob.class);

    private final DeliveryLog deliveries;
    private final Deliveries delivery;
    private final DeliveryStatusPublisher publisher;
    private final RetryPolicy retry;
    private final Clock clock;

    DeliveryRetryJob(DeliveryLog deliveries, Deliveries delivery, DeliveryStatusPublisher publisher, RetryPolicy retry,
                     Clock clock) {
        this.deliveries = deliveries;
        this.delivery = delivery;
        this.publisher = publisher;
        this.retry = retry;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${complaints.notification.retry.poll-interval:5s}",
            initialDelayString = "${complaints.notification.retry.poll-interval:5s}")
    void run() {
        try {
            List<UUID> due = deliveries.due(clock.instant(), retry.batchSize());
            if (!due.isEmpty()) {
                log.info("Trying again {} message(s) whose next attempt is due", due.size());
            }
            for (UUID id : due) {
                if (delivery.attempt(id).filter(Delivery::waitingForMailServer).isPresent()) {
                    // The mail server is unavailable: the others would only wait on their connection
                    // timeouts. They stay due, and the next rounds try them one by one until it is back.
                    break;
                }
            }
            for (Delivery unpublished : deliveries.unpublished(retry.batchSize())) {
                if (!publisher.publish(unpublished)) {
                    break; // Kafka is still down: the next round tries again.
                }
            }
        } catch (RuntimeException e) {
            // The database may be down for a while: the next round tries again, the job must not die.
            log.warn("Delivery retry round failed: {}", e.toString());
        }
    }
}
