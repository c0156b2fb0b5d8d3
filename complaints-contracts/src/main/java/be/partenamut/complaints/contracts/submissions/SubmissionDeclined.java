package be.partenamut.complaints.contracts.submissions;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.MessageMetadata;

/**
 * A submission the policy does not handle, counted for the improvement figures. The metadata's
 * complaint id identifies the declined submission, not a complaint.
 *
 * @param member how to tell the member why, sealed under a key of this submission alone, which the
 *               notification service destroys once the message is sent: nothing personal is kept.
 *               Null when there is nobody to write to (anonymous, or no email address given).
 */
public record SubmissionDeclined(
        MessageMetadata metadata,
        Channel channel,
        String category,
        Language language,
        DeclineReason reason,
        MemberContact member) implements SubmissionMessage {

    /** Without a contact: counted only. */
    public SubmissionDeclined(MessageMetadata metadata, Channel channel, String category, Language language,
                              DeclineReason reason) {
        this(metadata, channel, category, language, reason, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
