package be.partenamut.complaints.notification.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.time.Instant;

/**
 * How a message the mail server did not take is tried again: after {@code initialInterval}, then each
 * time {@code multiplier} times longer, at most {@code maxInterval} apart. A message the server refused
 * ({@link MailFailure#REFUSED}) is tried {@code maxAttempts} times in all (the first send included);
 * then it is dead, for operations to look at. A message that waits for a server that is unavailable
 * ({@link MailFailure#SERVER_UNAVAILABLE}) is tried without limit, at most {@code serverDownMaxInterval}
 * apart: an outage of hours kills nothing, and once the server is back the mail goes out within that.
 *
 * @param pendingGrace  how long a message may stay {@code PENDING} (a send under way) before the retry job
 *                      deems the sender gone (a crash) and tries it itself
 * @param pollInterval  how often the retry job looks for messages due
 * @param batchSize     how many messages the retry job tries per round
 */
@ConfigurationProperties("complaints.notification.retry")
public record RetryPolicy(
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration initialInterval,
        @DefaultValue("2.0") double multiplier,
        @DefaultValue("2h") Duration maxInterval,
        @DefaultValue("10m") Duration serverDownMaxInterval,
        @DefaultValue("1m") Duration pendingGrace,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("50") int batchSize) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("complaints.notification.retry.max-attempts must be at least 1");
        }
        if (serverDownMaxInterval.isNegative() || serverDownMaxInterval.isZero()) {
            throw new IllegalArgumentException("complaints.notification.retry.server-down-max-interval must be positive");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("complaints.notification.retry.multiplier must be at least 1");
        }
    }

    /** Whether a message the server refused {@code refusals} times is given up. */
    public boolean exhausted(int refusals) {
        return refusals >= maxAttempts;
    }

    /** How long to wait after the {@code attempts}-th failed attempt (1 for the first). */
    public Duration backOff(int attempts) {
        double millis = initialInterval.toMillis() * Math.pow(multiplier, Math.max(0, attempts - 1));
        return millis >= maxInterval.toMillis() ? maxInterval : Duration.ofMillis(Math.round(millis));
    }

    public Instant nextAttempt(Instant failedAt, int attempts) {
        return failedAt.plus(backOff(attempts));
    }

    /** How long to wait after the {@code attempts}-th attempt, which found the mail server unavailable. */
    public Duration backOffWhileServerDown(int attempts) {
        Duration backOff = backOff(attempts);
        return backOff.compareTo(serverDownMaxInterval) > 0 ? serverDownMaxInterval : backOff;
    }

    public Instant nextAttemptWhileServerDown(Instant failedAt, int attempts) {
        return failedAt.plus(backOffWhileServerDown(attempts));
    }
}
