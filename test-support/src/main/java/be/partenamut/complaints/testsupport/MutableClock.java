package be.partenamut.complaints.testsupport;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A service's clock in tests: the real time plus an offset that tests move forward. Where db-scheduler tells
 * the time with it (routing), moving it makes deadlines come due. {@link #advance} never goes back: a
 * db-scheduler poller waits until a moment computed on this clock, and would stall for as long as the clock
 * went back. {@link #reset} does go back, for a service whose scheduled work does not wait on this clock.
 */
public class MutableClock extends Clock {

    private final Duration start;
    private volatile Duration offset;

    public MutableClock(Duration offset) {
        this.start = offset;
        this.offset = offset;
    }

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        offset = offset.plus(by);
    }

    /** Back to where the clock started, for a test that moved it and leaves the service to the next one. */
    public void reset() {
        offset = start;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the services work in UTC");
    }

    /** Starts {@code test.clock-offset} (an ISO-8601 duration, default none) ahead of the real time. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MutableClock mutableClock(@Value("${test.clock-offset:PT0S}") Duration offset) {
            return new MutableClock(offset);
        }
    }
}
