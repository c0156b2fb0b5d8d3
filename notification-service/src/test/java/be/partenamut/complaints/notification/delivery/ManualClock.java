package be.partenamut.complaints.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock, held still: it moves only when a test moves it. A message's next attempt is then
 * due when the test says so, not when a loaded machine happens to get there.
 */
public final class ManualClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    public ManualClock(Instant start) {
        this(new AtomicReference<>(start), ZoneOffset.UTC);
    }

    private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** Moves the clock to {@code instant}, or leaves it where it is when it is already past it. */
    public void moveTo(Instant instant) {
        now.accumulateAndGet(instant, (current, wanted) -> wanted.isAfter(current) ? wanted : current);
    }

    public void moveBy(Duration duration) {
        now.updateAndGet(current -> current.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock, moving with this one, read in {@code zone}. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new ManualClock(now, zone);
    }
}
