package be.partenamut.complaints.contracts;

/**
 * Kafka headers set on every message besides the metadata in its body, so that tools reading a
 * topic (and logs) can follow a complaint without parsing the payload.
 */
public final class HeaderNames {

    public static final String CORRELATION_ID = "correlationId";
    public static final String MESSAGE_ID = "messageId";
    public static final String MESSAGE_TYPE = "messageType";

    private HeaderNames() {
    }
}
