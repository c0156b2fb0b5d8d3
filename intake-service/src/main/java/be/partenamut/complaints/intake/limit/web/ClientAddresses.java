package be.partenamut.complaints.intake.limit.web;

import jakarta.servlet.http.HttpServletRequest;

import java.util.List;
import java.util.Set;

/**
 * Who the client is, for the rate limit: the address that connected, unless it is a trusted reverse
 * proxy, in which case the last address of {@code X-Forwarded-For} that is not itself a trusted proxy.
 * A client cannot pick its own address by sending the header.
 */
public class ClientAddresses {

    private final Set<String> trustedProxies;

    public ClientAddresses(List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    public String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if (!trustedProxies.contains(address)) {
            return address;
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return address;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return address;
    }
}
