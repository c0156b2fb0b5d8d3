package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.SealedText;

/** The complaints service recorded (part of) its analysis made with the service concerned. */
public record ComplaintInstructed(
        MessageMetadata metadata,
        SealedText findings) implements ComplaintEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
