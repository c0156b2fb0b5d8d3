package be.partenamut.complaints.intake.limit;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong();
    private final RateLimiter limiter = new RateLimiter(3, 6, 1000, now::get);

    @Test
    void letsAClientMakeItsBurstThenTellsItHowLongToWait() {
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isZero();

        // 6 a minute: one every 10 seconds
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(10);
    }

    @Test
    void refillsTheBucketWithTime() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("10.0.0.1");
        }
        now.addAndGet(4 * SECOND);
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(6);

        now.addAndGet(6 * SECOND);
        assertThat(limiter.acquire("10.0.0.1")).isZero();
    }

    @Test
    void limitsEachClientOnItsOwn() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("10.0.0.1");
        }

        assertThat(limiter.acquire("10.0.0.1")).isPositive();
        assertThat(limiter.acquire("10.0.0.2")).isZero();
    }

    @Test
    void forgetsFullBucketsRatherThanGrowWithoutEnd() {
        RateLimiter small = new RateLimiter(3, 6, 2, now::get);
        small.acquire("a");
        small.acquire("b");
        now.addAndGet(60 * SECOND);

        small.acquire("c");

        assertThat(small.clients()).isEqualTo(1);
    }
}
