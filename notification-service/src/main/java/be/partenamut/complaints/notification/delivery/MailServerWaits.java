package be.partenamut.complaints.notification.delivery;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The messages that wait for a mail server that was unavailable at their last attempt, from the
 * delivery log (so every instance of the service tells the same). While any waits, the health
 * component {@code mailDelivery} is DOWN: members are not getting their mails, though nothing is lost,
 * and the service says so as plainly as the {@code mail} component says the server does not answer.
 * It stays DOWN after the server is back until the retry job has sent what waited (at most
 * {@code server-down-max-interval}), which is what the member notices. Gauges
 * {@code notifications_mail_waiting} (how many) and {@code notifications_mail_waiting_oldest_seconds}
 * (how long ago the oldest was recorded; 0 when none waits) feed the alert {@code MailsWaitingForTheMailServer}.
 */
@Component("mailDeliveryHealthIndicator")
class MailServerWaits implements HealthIndicator {

    private final DeliveryLog deliveries;
    private final Clock clock;

    MailServerWaits(DeliveryLog deliveries, Clock clock, MeterRegistry meters) {
        this.deliveries = deliveries;
        this.clock = clock;
        Gauge.builder("notifications.mail.waiting", this, waits -> waits.deliveries.waitingForMailServer().waiting())
                .description("Messages waiting for a mail server that was unavailable at their last attempt")
                .register(meters);
        Gauge.builder("notifications.mail.waiting.oldest.seconds", this, MailServerWaits::oldestAgeSeconds)
                .description("How long ago the oldest message waiting for the mail server was recorded (0: none waits)")
                .register(meters);
    }

    @Override
    public Health health() {
        DeliveryLog.ServerDownWait wait = deliveries.waitingForMailServer();
        if (wait.waiting() == 0) {
            return Health.up().withDetail("waiting", 0).build();
        }
        return Health.down()
                .withDetail("waiting", wait.waiting())
                .withDetail("since", wait.since().toString())
                .withDetail("oldestRecordedAt", wait.oldest().toString())
                .withDetail("reason", "the mail server was unavailable at their last attempt; they are tried"
                        + " again without limit and nothing is lost")
                .build();
    }

    private double oldestAgeSeconds() {
        Instant oldest = deliveries.waitingForMailServer().oldest();
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
    }
}
