package be.partenamut.complaints.contracts;

/**
 * Logical, versioned topic names. Every message on these topics is keyed by complaint id, so one
 * complaint's messages stay in order on one partition.
 */
public final class Topics {

    /** Raw submissions posted by channel systems; same schema as the intake REST API. */
    public static final String CHANNEL_SUBMISSIONS = "complaints.channel-submissions.v1";

    /** What intake decided about each channel submission: the receipt, or the problem. */
    public static final String CHANNEL_SUBMISSION_OUTCOMES = "complaints.channel-submissions.outcomes.v1";

    /** Submissions accepted by intake, for the complaints office to register. */
    public static final String SUBMISSIONS = "complaints.submissions.v1";

    /** Every event of the complaint aggregate, in order. */
    public static final String EVENTS = "complaints.events.v1";

    /** Routing decisions (and, later, SLA warnings and breaches) for the complaints office. */
    public static final String ROUTING = "complaints.routing.v1";

    /** Delivery status of member and staff messages. */
    public static final String DELIVERIES = "complaints.deliveries.v1";

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** Where a consumer of {@code topic} parks what it could not process, with the reason in the headers. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
