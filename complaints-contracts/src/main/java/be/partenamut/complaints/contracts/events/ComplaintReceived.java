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
 * @param product             the insurer's product concerned (a code of the channel's catalogue), when known
 * @param agency              the agency where the member is followed (or that recorded the complaint), when known
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
        UUID possibleDuplicateOf,
        String product,
        String agency) implements ComplaintEvent {

    /** Without product or agency (messages of schema version 2 before they were added). */
    public ComplaintReceived(MessageMetadata metadata, String reference, Channel channel, MemberContact member, String category,
              SealedText subject, SealedText description, Instant receivedAt, LocalDate firstLineDueDate,
              UUID possibleDuplicateOf) {
        this(metadata, reference, channel, member, category, subject, description, receivedAt, firstLineDueDate,
                possibleDuplicateOf, null, null);
    }

    /** Without a due date or duplicate check (messages of schema version 2). */
    public ComplaintReceived(MessageMetadata metadata, String reference, Channel channel, MemberContact member, String category,
              SealedText subject, SealedText description, Instant receivedAt) {
        this(metadata, reference, channel, member, category, subject, description, receivedAt, null, null, null, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
