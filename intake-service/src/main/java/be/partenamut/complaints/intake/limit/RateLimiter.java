package be.partenamut.complaints.intake.limit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets in memory, one per client: a client may make {@code capacity} requests at once and
 * regains {@code refillPerMinute} per minute. One instance's memory only: behind several instances,
 * a client gets the limit of each.
 */
public class RateLimiter {

    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final int capacity;
    private final double tokensPerNano;
    private final int maxClients;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int capacity, int refillPerMinute, int maxClients, LongSupplier nanoTime) {
        if (capacity < 1 || refillPerMinute < 1) {
            throw new IllegalArgumentException("a rate limit needs a capacity and a refill of at least 1");
        }
        this.capacity = capacity;
        this.tokensPerNano = (double) refillPerMinute / NANOS_PER_MINUTE;
        this.maxClients = maxClients;
        this.nanoTime = nanoTime;
    }

    /** @return 0 when {@code client} may go on; otherwise the seconds to wait before its next request */
    public long acquire(String client) {
        long now = nanoTime.getAsLong();
        if (buckets.size() >= maxClients && !buckets.containsKey(client)) {
            forgetFullBuckets(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        synchronized (bucket) {
            bucket.refill(now, capacity, tokensPerNano);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double missingNanos = (1 - bucket.tokens) / tokensPerNano;
            return Math.max(1, (long) Math.ceil(missingNanos / 1_000_000_000d));
        }
    }

    int clients() {
        return buckets.size();
    }

    /** A full bucket is the same as none: dropping it forgets nothing. */
    private void forgetFullBuckets(long now) {
        buckets.entrySet().removeIf(entry -> {
            Bucket bucket = entry.getValue();
            synchronized (bucket) {
                bucket.refill(now, capacity, tokensPerNano);
                return bucket.tokens >= capacity;
            }
        });
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        private Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updatedAt = now;
        }

        private void refill(long now, int capacity, double tokensPerNano) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
            updatedAt = now;
        }
    }
}
