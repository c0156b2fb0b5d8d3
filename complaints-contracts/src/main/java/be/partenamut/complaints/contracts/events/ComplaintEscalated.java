package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.SealedText;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The member still disagrees after the first-line answer; the complaints service takes the complaint.
 *
 * @param escalationReceivedAt when the complaints service received the request: its
 *                             21-working-day period counts from this day
 * @param dueDate              the day by which the complaints service communicates its result
 */
public record ComplaintEscalated(
        MessageMetadata metadata,
        SealedText reason,
        Instant escalationReceivedAt,
        LocalDate dueDate) implements ComplaintEvent {

    /** Without a due date (messages of schema version 2). */
    public ComplaintEscalated(MessageMetadata metadata, SealedText reason, Instant escalationReceivedAt) {
        this(metadata, reason, escalationReceivedAt, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
