package be.partenamut.complaints.contracts.submissions;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.SealedText;

import java.time.Instant;

/**
 * A complaint accepted by intake. The complaint id (in the metadata) and the human reference are
 * assigned by intake, so the channel gets them before the office has registered anything.
 */
public record ComplaintSubmitted(
        MessageMetadata metadata,
        String reference,
        Channel channel,
        MemberContact member,
        String category,
        SealedText subject,
        SealedText description,
        Instant receivedAt) implements SubmissionMessage {
}
