package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.MessageMetadata;

/** The receipt of the complaint is acknowledged: the member is to be told its reference at once. */
public record ComplaintAcknowledged(
        MessageMetadata metadata,
        String reference) implements ComplaintEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
