package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.SealedText;

import java.time.Instant;

/**
 * The member still disagrees after the first-line answer; the complaints service takes the complaint.
 *
 * @param escalationReceivedAt when the complaints service received the request: its
 *                             21-working-day period counts from this day
 */
public record ComplaintEscalated(
        MessageMetadata metadata,
        SealedText reason,
        Instant escalationReceivedAt) implements ComplaintEvent {
}
