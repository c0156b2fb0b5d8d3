package be.partenamut.complaints.contracts.submissions;

import be.partenamut.complaints.contracts.ComplaintFile;
import be.partenamut.complaints.contracts.MessageMetadata;

/**
 * A complaint accepted by intake. The complaint id (in the metadata) and the human reference are
 * assigned by intake, so the channel gets them before the office has registered anything.
 * Messages of schema version 1 and 2 carry the file's fields flat: read them through
 * {@link be.partenamut.complaints.contracts.upcasting.MessageUpcaster}.
 */
public record ComplaintSubmitted(MessageMetadata metadata, ComplaintFile file) implements SubmissionMessage {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
