package be.partenamut.complaints.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every message carries besides its payload.
 *
 * @param messageId     unique per message; consumers are idempotent on it
 * @param complaintId   the complaint the message is about; also the Kafka key
 * @param occurredAt    when the fact happened (not when it was sent)
 * @param schemaVersion the version of the message's shape; changes are additive, or older shapes are read
 *                      through an upcaster. Version 2 seals every personal field ({@link SealedText}) and
 *                      names the member's data subject.
 *                      Version 3 nests a complaint's file ({@link ComplaintFile}) under {@code file} in
 *                      ComplaintSubmitted and ComplaintReceived, whose earlier versions had its fields
 *                      flat; readers take every message through
 *                      {@link be.partenamut.complaints.contracts.upcasting.MessageUpcaster}.
 * @param correlationId shared by every message that one request caused, across services
 * @param causationId   the id of the message (or request) that directly caused this one
 */
public record MessageMetadata(
        UUID messageId,
        UUID complaintId,
        Instant occurredAt,
        int schemaVersion,
        String correlationId,
        String causationId) {

    public static final int CURRENT_SCHEMA_VERSION = 3;

    public MessageMetadata {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(correlationId, "correlationId");
    }

    /** Metadata for a new message about {@code complaintId}, caused by {@code causationId}. */
    public static MessageMetadata of(UUID messageId, UUID complaintId, Instant occurredAt,
                                     String correlationId, String causationId) {
        return new MessageMetadata(messageId, complaintId, occurredAt, CURRENT_SCHEMA_VERSION,
                correlationId, causationId);
    }
}
