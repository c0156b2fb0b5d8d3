package be.partenamut.complaints.notification.delivery;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Mails the mail server accepted whose {@code SENT} this instance could not record yet: the database
 * went away (or failed the commit) between the server's acceptance and the commit. The delivery then
 * stays {@code PENDING}, and its next attempt (the event redelivered, or the retry job after the
 * grace period) would send it a second time; this memory makes that attempt record {@code SENT}
 * instead. It lives as long as the process: a kill -9 in that window still sends the mail again,
 * with the same {@code Message-ID} (README, "Reliability").
 */
@Component
class AcceptedNotRecorded {

    private final Map<UUID, Instant> accepted = new ConcurrentHashMap<>();

    void remember(UUID deliveryId, Instant acceptedAt) {
        accepted.put(deliveryId, acceptedAt);
    }

    /** When the mail server accepted this delivery, if it did and its SENT may not be recorded yet. */
    Optional<Instant> acceptedAt(UUID deliveryId) {
        return Optional.ofNullable(accepted.get(deliveryId));
    }

    /** Its SENT is committed: nothing left to remember. */
    void recorded(UUID deliveryId) {
        accepted.remove(deliveryId);
    }
}
