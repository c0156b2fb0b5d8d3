package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.ComplaintFile;
import be.partenamut.complaints.contracts.MessageMetadata;

/**
 * The complaints office registered a complaint. Messages of schema version 1 and 2 carry the file's
 * fields flat: read them through {@link be.partenamut.complaints.contracts.upcasting.MessageUpcaster}.
 */
public record ComplaintReceived(MessageMetadata metadata, ComplaintFile file) implements ComplaintEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
