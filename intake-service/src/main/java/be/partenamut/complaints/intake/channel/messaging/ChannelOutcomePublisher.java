package be.partenamut.complaints.intake.channel.messaging;

import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.channel.ChannelSubmissionOutcome;
import be.partenamut.complaints.contracts.HeaderNames;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.stereotype.Component;

/** Tells channel systems what became of their submissions, on {@code complaints.channel-submissions.outcomes.v1}. */
@Component
public class ChannelOutcomePublisher {

    /** Where channel systems read the outcome of what they posted on {@code complaints.channel-submissions.v1}. */
    public static final String TOPIC = Topics.CHANNEL_SUBMISSION_OUTCOMES;
    static final String BINDING = "channelOutcomesOut-out-0";

    private final StreamBridge streamBridge;

    public ChannelOutcomePublisher(StreamBridge streamBridge) {
        this.streamBridge = streamBridge;
    }

    /**
     * Publishes synchronously (acks=all), keyed by the key of the channel's own message.
     *
     * @param key the key of the submission's record, as the channel sent it; may be null
     */
    public void publish(byte[] key, ChannelSubmissionOutcome outcome) {
        MessageBuilder<ChannelSubmissionOutcome> message = MessageBuilder.withPayload(outcome)
                .setHeader(HeaderNames.MESSAGE_TYPE, outcome.type())
                .setHeader(HeaderNames.CORRELATION_ID, outcome.correlationId());
        if (key != null) {
            message.setHeader(KafkaHeaders.KEY, key);
        }
        if (!streamBridge.send(BINDING, message.build())) {
            throw new IllegalStateException("Kafka did not accept the outcome of a channel submission");
        }
    }
}
