package be.partenamut.complaints.support.messaging.deadletter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which consumers are retrying a message right now, since when and how often. A consumer retries
 * while something it needs is away (its database, the key vault, the mail server, Kafka): its
 * partition does not move on, so the health is DOWN (component {@code messageConsumers}) until the
 * message goes through, and {@code complaints_consumer_retrying_seconds} tells how long it has been
 * stuck (the alert {@code ConsumerRetryingForLong}).
 */
public class ConsumerRetries implements HealthIndicator {

    static final String RETRYING_SECONDS = "complaints.consumer.retrying.seconds";
    static final String FAILED_ATTEMPTS = "complaints.consumer.failed.attempts";

    private final Map<ConsumerBinding, Retrying> retrying = new ConcurrentHashMap<>();
    private final MeterRegistry meters;
    private final Clock clock;

    public ConsumerRetries(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.clock = clock;
    }

    /** Registers the consumer's gauge, so that it reads 0 before anything ever fails. */
    void watch(ConsumerBinding binding) {
        Gauge.builder(RETRYING_SECONDS, this, retries -> retries.retryingSeconds(binding))
                .description("How long the consumer has been retrying the message it is stuck on (0: not stuck)")
                .tag("topic", binding.topic()).tag("group", binding.group())
                .register(meters);
        failedAttempts(binding);
    }

    void failed(ConsumerBinding binding, int partition, long offset, Exception error) {
        failedAttempts(binding).increment();
        retrying.compute(binding, (key, current) -> new Retrying(
                current == null ? clock.instant() : current.since(),
                current == null ? 1 : current.attempts() + 1,
                partition, offset, error.getClass().getName()));
    }

    /** The message went through, or went to the dead-letter topic: the consumer moves on. */
    void movedOn(ConsumerBinding binding) {
        retrying.remove(binding);
    }

    /** How many times the consumer has failed in a row, 0 when it is not retrying. */
    public int attempts(ConsumerBinding binding) {
        Retrying state = retrying.get(binding);
        return state == null ? 0 : state.attempts();
    }

    @Override
    public Health health() {
        if (retrying.isEmpty()) {
            return Health.up().build();
        }
        Map<String, Object> details = new TreeMap<>();
        retrying.forEach((binding, state) -> details.put(binding.name(), Map.of(
                "since", state.since().toString(),
                "attempts", state.attempts(),
                "partition", state.partition(),
                "offset", state.offset(),
                "error", state.error())));
        return Health.down().withDetails(details).build();
    }

    private double retryingSeconds(ConsumerBinding binding) {
        Retrying state = retrying.get(binding);
        return state == null ? 0 : Duration.between(state.since(), clock.instant()).toMillis() / 1000.0;
    }

    private Counter failedAttempts(ConsumerBinding binding) {
        return Counter.builder(FAILED_ATTEMPTS)
                .description("Attempts at a message that failed (each retry counts)")
                .tag("topic", binding.topic()).tag("group", binding.group())
                .register(meters);
    }

    /** The error's class only: an exception's message may quote a message's content. */
    private record Retrying(Instant since, int attempts, int partition, long offset, String error) {
    }
}
