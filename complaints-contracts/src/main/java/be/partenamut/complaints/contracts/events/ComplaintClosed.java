package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.MessageMetadata;

/** Nothing remains to be done on the complaint. */
public record ComplaintClosed(
        MessageMetadata metadata,
        String reason) implements ComplaintEvent {
}
