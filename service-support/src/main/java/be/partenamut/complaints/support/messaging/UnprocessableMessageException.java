package be.partenamut.complaints.support.messaging;

/**
 * A message that no retry can make processable (no metadata, a value outside the contract...).
 * Bindings list it as not retryable, so it goes straight to the dead-letter topic with this
 * exception's message as the reason, and the consumer goes on with the next message.
 */
public class UnprocessableMessageException extends RuntimeException {

    public UnprocessableMessageException(String reason) {
        super(reason);
    }
}
