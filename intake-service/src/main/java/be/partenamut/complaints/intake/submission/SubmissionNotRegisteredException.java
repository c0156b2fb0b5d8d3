package be.partenamut.complaints.intake.submission;

/**
 * The submission could not be handed on (Kafka did not acknowledge it): the complaint is not
 * registered. A retry with the same Idempotency-Key publishes the same message, once.
 */
public class SubmissionNotRegisteredException extends RuntimeException {

    private final boolean withIdempotencyKey;

    public SubmissionNotRegisteredException(boolean withIdempotencyKey, Throwable cause) {
        super("the submission was not acknowledged by Kafka", cause);
        this.withIdempotencyKey = withIdempotencyKey;
    }

    /** Whether the caller sent an Idempotency-Key, so a retry is safe. */
    public boolean withIdempotencyKey() {
        return withIdempotencyKey;
    }
}
