package be.partenamut.complaints.intake.request;

/** The Idempotency-Key of an earlier submission came with a different request. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("the Idempotency-Key was already used for a different request");
    }
}
