package be.partenamut.complaints.intake.outbox;

public enum SubmissionStatus {
    /** Stored, not yet acknowledged by Kafka: a retry with the same Idempotency-Key publishes it. */
    PENDING,
    /** Kafka acknowledged the message: the complaints office will register the complaint. */
    PUBLISHED
}
