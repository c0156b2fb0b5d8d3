package be.partenamut.complaints.contracts.submissions;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MessageMetadata;

/**
 * A submission the policy does not handle, counted for the improvement figures without anything
 * personal. The metadata's complaint id identifies the declined submission, not a complaint.
 */
public record SubmissionDeclined(
        MessageMetadata metadata,
        Channel channel,
        String category,
        Language language,
        DeclineReason reason) implements SubmissionMessage {
}
