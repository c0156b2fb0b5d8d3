package be.partenamut.complaints.intake.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How far the relay is behind: messages stored but not yet on Kafka, and the age of the oldest. Both
 * stay at zero in normal operation; a growing age means Kafka (or the relay) is away and nothing
 * accepted has reached the complaints office since.
 */
@Component
public class OutboxMetrics {

    static final String PENDING = "complaints.outbox.pending";
    static final String OLDEST_AGE = "complaints.outbox.oldest.pending.age";

    private final Clock clock;
    private volatile Outbox.Backlog backlog = Outbox.Backlog.NONE;

    public OutboxMetrics(MeterRegistry meters, Clock clock) {
        this.clock = clock;
        Gauge.builder(PENDING, this, metrics -> metrics.backlog.pending())
                .description("Messages stored in intake's outbox and not yet published to Kafka")
                .register(meters);
        TimeGauge.builder(OLDEST_AGE, this, TimeUnit.SECONDS, OutboxMetrics::oldestAgeSeconds)
                .description("Age of the oldest message in intake's outbox not yet published to Kafka")
                .register(meters);
    }

    /** The backlog as the relay last read it. */
    public void update(Outbox.Backlog latest) {
        backlog = latest;
    }

    private double oldestAgeSeconds() {
        return backlog.oldest()
                .map(oldest -> Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0))
                .orElse(0.0);
    }
}
