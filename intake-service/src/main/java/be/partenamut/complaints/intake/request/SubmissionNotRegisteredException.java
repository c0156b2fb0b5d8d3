package be.partenamut.complaints.intake.request;

/**
 * The submission could not be registered now: Kafka did not acknowledge it, or the key vault that
 * seals its personal data was unreachable. The complaint is not registered; a retry with the same
 * Idempotency-Key registers it once.
 */
public class SubmissionNotRegisteredException extends RuntimeException {

    private final boolean withIdempotencyKey;

    private SubmissionNotRegisteredException(String message, boolean withIdempotencyKey, Throwable cause) {
        super(message, cause);
        this.withIdempotencyKey = withIdempotencyKey;
    }

    /** Kafka did not acknowledge the message; the submission stays PENDING. */
    public static SubmissionNotRegisteredException notAcknowledged(boolean withIdempotencyKey, Throwable cause) {
        return new SubmissionNotRegisteredException("the submission was not acknowledged by Kafka",
                withIdempotencyKey, cause);
    }

    /** The key vault did not answer: nothing was stored or published. */
    public static SubmissionNotRegisteredException keyVaultUnavailable(boolean withIdempotencyKey, Throwable cause) {
        return new SubmissionNotRegisteredException("the key vault could not be reached", withIdempotencyKey, cause);
    }

    /** Whether the caller sent an Idempotency-Key, so a retry is safe. */
    public boolean withIdempotencyKey() {
        return withIdempotencyKey;
    }
}
