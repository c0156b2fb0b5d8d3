package be.partenamut.complaints.support.messaging;

/**
 * A message that no retry can make processable (no metadata, a value outside the contract...).
 * It is a permanent failure ({@code deadletter.PermanentFailures}): the message goes straight to the
 * dead-letter topic with this exception's message as the reason, and the consumer goes on with the next.
 */
public class UnprocessableMessageException extends RuntimeException {

    public UnprocessableMessageException(String reason) {
        super(reason);
    }
}
