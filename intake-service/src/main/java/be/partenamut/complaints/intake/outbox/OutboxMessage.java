package be.partenamut.complaints.intake.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A message stored to be published, exactly as it goes out.
 *
 * @param position  the order of publication; one complaint's messages go out in this order
 * @param message   the message's JSON in its topic's shape
 * @param attempts  how many times the relay tried before this one
 */
public record OutboxMessage(long position, UUID messageId, String topic, String key, String type, String message,
                            Instant createdAt, int attempts) {
}
