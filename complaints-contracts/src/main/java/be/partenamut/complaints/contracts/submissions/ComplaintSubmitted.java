package be.partenamut.complaints.contracts.submissions;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.SealedText;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint accepted by intake. The complaint id (in the metadata) and the human reference are
 * assigned by intake, so the channel gets them before the office has registered anything.
 *
 * @param firstLineDueDate    the day by which the service in charge answers, in working days from receipt
 * @param possibleDuplicateOf an earlier complaint of the same member, same category and a similar text
 *                            within 30 days, for staff to check; null when there is none
 * @param product             the insurer's product concerned (a code of the channel's catalogue), when known
 * @param agency              the agency where the member is followed (or that recorded the complaint), when known
 */
public record ComplaintSubmitted(
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
        String agency) implements SubmissionMessage {

    /** Without product or agency (messages of schema version 2 before they were added). */
    public ComplaintSubmitted(MessageMetadata metadata, String reference, Channel channel, MemberContact member, String category,
              SealedText subject, SealedText description, Instant receivedAt, LocalDate firstLineDueDate,
              UUID possibleDuplicateOf) {
        this(metadata, reference, channel, member, category, subject, description, receivedAt, firstLineDueDate,
                possibleDuplicateOf, null, null);
    }

    /** Without a due date or duplicate check (messages of schema version 2). */
    public ComplaintSubmitted(MessageMetadata metadata, String reference, Channel channel, MemberContact member, String category,
              SealedText subject, SealedText description, Instant receivedAt) {
        this(metadata, reference, channel, member, category, subject, description, receivedAt, null, null, null, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
