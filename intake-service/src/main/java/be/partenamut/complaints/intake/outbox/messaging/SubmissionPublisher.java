package be.partenamut.complaints.intake.outbox.messaging;

import be.partenamut.complaints.contracts.submissions.SubmissionMessage;
import be.partenamut.complaints.support.messaging.KafkaMessages;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.stereotype.Component;

/**
 * Hands what intake decided to the complaints office (and analytics) on {@code complaints.submissions.v1}:
 * accepted complaints, escalations, and declined submissions (counted, without personal data).
 */
@Component
public class SubmissionPublisher {

    static final String BINDING = "submissionsOut-out-0";

    private final StreamBridge streamBridge;

    public SubmissionPublisher(StreamBridge streamBridge) {
        this.streamBridge = streamBridge;
    }

    /**
     * Returns once the broker acknowledged the message (the binding is synchronous, acks=all). The
     * message is keyed by its metadata's complaint id.
     *
     * @throws RuntimeException when Kafka did not acknowledge it in time
     */
    public void publish(SubmissionMessage message) {
        if (!streamBridge.send(BINDING, KafkaMessages.keyedByComplaint(message, message.metadata()))) {
            throw new IllegalStateException("Kafka did not accept message " + message.metadata().messageId());
        }
    }
}
