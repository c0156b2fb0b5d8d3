package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.OralFirstLineContact;
import be.partenamut.complaints.contracts.SealedText;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The member still disagrees after the first-line answer; the complaints service takes the complaint.
 *
 * @param escalationReceivedAt when the complaints service received the request: its
 *                             21-working-day period counts from this day
 * @param dueDate              the day by which the complaints service communicates its result
 * @param oralFirstLineContact when the member had only spoken to the first line (no written answer, no
 *                             reference) and an officer registered the complaint with its escalation at once:
 *                             when and where; null otherwise
 */
public record ComplaintEscalated(
        MessageMetadata metadata,
        SealedText reason,
        Instant escalationReceivedAt,
        LocalDate dueDate,
        OralFirstLineContact oralFirstLineContact) implements ComplaintEvent {

    /** After a written first-line answer, or its silence past the target date. */
    public ComplaintEscalated(MessageMetadata metadata, SealedText reason, Instant escalationReceivedAt,
                              LocalDate dueDate) {
        this(metadata, reason, escalationReceivedAt, dueDate, null);
    }

    /** Without a due date (messages of schema version 2). */
    public ComplaintEscalated(MessageMetadata metadata, SealedText reason, Instant escalationReceivedAt) {
        this(metadata, reason, escalationReceivedAt, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
