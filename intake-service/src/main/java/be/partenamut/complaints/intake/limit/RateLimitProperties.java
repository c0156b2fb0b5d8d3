package be.partenamut.complaints.intake.limit;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * {@code complaints.intake.rate-limit.*}: a token bucket per client on the public endpoints.
 *
 * @param enabled         on by default
 * @param capacity        requests a client may make in a burst
 * @param refillPerMinute tokens a client's bucket regains per minute
 * @param paths           the limited endpoints, as {@code "METHOD /path"}
 * @param trustedProxies  addresses of reverse proxies whose {@code X-Forwarded-For} is believed; none by
 *                        default, so a client cannot choose its own address
 * @param exemptClients   client addresses never limited (channel systems posting for many members)
 * @param maxClients      buckets kept at most; idle full buckets are dropped first
 */
@ConfigurationProperties("complaints.intake.rate-limit")
public record RateLimitProperties(Boolean enabled, Integer capacity, Integer refillPerMinute, List<String> paths,
                                  List<String> trustedProxies, List<String> exemptClients, Integer maxClients) {

    public RateLimitProperties {
        enabled = enabled == null || enabled;
        capacity = capacity == null ? 20 : capacity;
        refillPerMinute = refillPerMinute == null ? 20 : refillPerMinute;
        paths = paths == null ? List.of("POST /api/v1/complaints", "POST /", "GET /api/v1/categories") : List.copyOf(paths);
        trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
        exemptClients = exemptClients == null ? List.of() : List.copyOf(exemptClients);
        maxClients = maxClients == null ? 100_000 : maxClients;
    }
}
