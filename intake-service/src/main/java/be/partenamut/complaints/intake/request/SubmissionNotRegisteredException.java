package be.partenamut.complaints.intake.request;

/**
 * The submission could not be registered now: the key vault that seals its personal data was
 * unreachable. The complaint is not registered; a retry with the same Idempotency-Key registers it
 * once. (Kafka being away is no reason: what is stored is published once it is back.)
 */
public class SubmissionNotRegisteredException extends RuntimeException {

    private final boolean withIdempotencyKey;

    private SubmissionNotRegisteredException(String message, boolean withIdempotencyKey, Throwable cause) {
        super(message, cause);
        this.withIdempotencyKey = withIdempotencyKey;
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
