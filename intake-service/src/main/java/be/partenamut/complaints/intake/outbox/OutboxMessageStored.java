package be.partenamut.complaints.intake.outbox;

/** Raised inside the transaction that stored a message, so that the relay wakes once it commits. */
public record OutboxMessageStored() {
}
