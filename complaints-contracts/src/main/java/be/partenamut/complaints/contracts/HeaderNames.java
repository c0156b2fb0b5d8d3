package be.partenamut.complaints.contracts;

/**
 * Kafka headers set on every message besides the metadata in its body, so that tools reading a
 * topic (and logs) can follow a complaint without parsing the payload.
 */
public final class HeaderNames {

    public static final String CORRELATION_ID = "correlationId";
    public static final String MESSAGE_ID = "messageId";
    public static final String MESSAGE_TYPE = "messageType";
    /**
     * On a channel system's record on {@code complaints.channel-submissions.v1}: {@code Bearer <access token>},
     * the token the identity provider gave the channel system (client credentials), as on the REST API.
     * Intake reads the submission as that client's, for the channels the token names, or not at all.
     */
    public static final String AUTHORIZATION = "Authorization";

    private HeaderNames() {
    }
}
