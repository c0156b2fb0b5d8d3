package be.partenamut.complaints.support.messaging.deadletter;

import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;

import java.util.List;

/**
 * The headers a dead letter carries besides the original message's own: where it came from and why
 * it failed. The names are the ones the Spring Cloud Stream binder wrote before this platform moved
 * dead-lettering into the listener container, so tools and older dead letters read the same way.
 */
public final class DeadLetterHeaders {

    public static final String ORIGINAL_TOPIC = "x-original-topic";
    public static final String ORIGINAL_PARTITION = "x-original-partition";
    public static final String ORIGINAL_OFFSET = "x-original-offset";
    public static final String ORIGINAL_TIMESTAMP = "x-original-timestamp";
    public static final String ORIGINAL_TIMESTAMP_TYPE = "x-original-timestamp-type";
    public static final String ORIGINAL_CONSUMER_GROUP = "x-original-consumer-group";
    /** The class of the reason (the permanent failure, not its wrappers). */
    public static final String EXCEPTION_FQCN = "x-exception-fqcn";
    public static final String EXCEPTION_CAUSE_FQCN = "x-exception-cause-fqcn";
    /** The reason, in words. */
    public static final String EXCEPTION_MESSAGE = "x-exception-message";
    public static final String EXCEPTION_STACKTRACE = "x-exception-stacktrace";
    /** Set on a message re-published from a dead-letter topic: {@code <dlq>/<partition>/<offset>}. */
    public static final String REPLAYED_FROM = "x-replayed-from";

    /** Headers of the dead letter that a replayed message leaves behind. */
    static final List<String> DEAD_LETTER_ONLY = List.of(ORIGINAL_TOPIC, ORIGINAL_PARTITION, ORIGINAL_OFFSET,
            ORIGINAL_TIMESTAMP, ORIGINAL_TIMESTAMP_TYPE, ORIGINAL_CONSUMER_GROUP, EXCEPTION_FQCN,
            EXCEPTION_CAUSE_FQCN, EXCEPTION_MESSAGE, EXCEPTION_STACKTRACE, REPLAYED_FROM,
            "x-key-exception-fqcn", "x-key-exception-message", "x-key-exception-stacktrace");

    private DeadLetterHeaders() {
    }

    static HeaderNames names() {
        return HeaderNames.Builder.original()
                .offsetHeader(ORIGINAL_OFFSET)
                .timestampHeader(ORIGINAL_TIMESTAMP)
                .timestampTypeHeader(ORIGINAL_TIMESTAMP_TYPE)
                .topicHeader(ORIGINAL_TOPIC)
                .partitionHeader(ORIGINAL_PARTITION)
                .consumerGroupHeader(ORIGINAL_CONSUMER_GROUP)
                .exception()
                .keyExceptionFqcn("x-key-exception-fqcn")
                .exceptionFqcn(EXCEPTION_FQCN)
                .exceptionCauseFqcn(EXCEPTION_CAUSE_FQCN)
                .keyExceptionMessage("x-key-exception-message")
                .exceptionMessage(EXCEPTION_MESSAGE)
                .keyExceptionStacktrace("x-key-exception-stacktrace")
                .exceptionStacktrace(EXCEPTION_STACKTRACE)
                .build();
    }
}
