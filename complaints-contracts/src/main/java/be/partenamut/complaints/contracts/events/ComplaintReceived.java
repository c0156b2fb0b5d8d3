package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.SealedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The complaints office registered a complaint.
 *
 * @param category   a code of the intake catalogue, e.g. {@code REIMBURSEMENT}
 * @param firstLineDueDate    the day by which the service in charge answers, in working days from receipt
 * @param possibleDuplicateOf an earlier complaint of the same member, same category and a similar text
 *                            within 30 days, for staff to check; null when there is none
 * @param receivedAt when the insurer received it through its channel; periods are counted from it
 */
public record ComplaintReceived(
        MessageMetadata metadata,
        String reference,
        Channel channel,
        MemberContact member,
        String category,
        SealedText subject,
        SealedText description,
        Instant receivedAt,
        LocalDate firstLineDueDate,
        UUID possibleDuplicateOf) implements ComplaintEvent {

    /** Without a due date or duplicate check (messages of schema version 2). */
    public ComplaintReceived(MessageMetadata metadata, String reference, Channel channel, MemberContact member, String category,
              SealedText subject, SealedText description, Instant receivedAt) {
        this(metadata, reference, channel, member, category, subject, description, receivedAt, null, null);
    }
}
