package be.partenamut.complaints.notification.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMinutes(1), 2.0, Duration.ofMinutes(5),
            Duration.ofMinutes(3), Duration.ofMinutes(1), Duration.ofSeconds(5), 50);

    @Test
    void waitsLongerAfterEachFailureUpToTheMaximum() {
        assertThat(policy.backOff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.backOff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.backOff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(policy.backOff(4)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.backOff(40)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.nextAttempt(Instant.parse("2026-03-02T10:00:00Z"), 2))
                .isEqualTo(Instant.parse("2026-03-02T10:02:00Z"));
    }

    @Test
    void waitsForAServerThatIsDownNoLongerThanItsOwnCeiling() {
        assertThat(policy.backOffWhileServerDown(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(policy.backOffWhileServerDown(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(policy.backOffWhileServerDown(3)).isEqualTo(Duration.ofMinutes(3));
        assertThat(policy.backOffWhileServerDown(400)).isEqualTo(Duration.ofMinutes(3));
        assertThat(policy.nextAttemptWhileServerDown(Instant.parse("2026-03-02T10:00:00Z"), 9))
                .isEqualTo(Instant.parse("2026-03-02T10:03:00Z"));
        RetryPolicy generousCeiling = new RetryPolicy(5, Duration.ofMinutes(1), 2.0, Duration.ofMinutes(5),
                Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofSeconds(5), 50);
        assertThat(generousCeiling.backOffWhileServerDown(9)).as("never beyond max-interval")
                .isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(policy.exhausted(4)).isFalse();
        assertThat(policy.exhausted(5)).isTrue();
    }

    @Test
    void refusesAPolicyThatNeverTries() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1), 2.0, Duration.ofMinutes(5),
                Duration.ofMinutes(3), Duration.ofMinutes(1), Duration.ofSeconds(5), 50))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(5, Duration.ofMinutes(1), 2.0, Duration.ofMinutes(5),
                Duration.ZERO, Duration.ofMinutes(1), Duration.ofSeconds(5), 50))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
