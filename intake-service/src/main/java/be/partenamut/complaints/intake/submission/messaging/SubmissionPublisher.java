package be.partenamut.complaints.intake.submission.messaging;

import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.support.messaging.KafkaMessages;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.stereotype.Component;

/** Hands accepted submissions to the complaints office on {@code complaints.submissions.v1}. */
@Component
public class SubmissionPublisher {

    static final String BINDING = "submissionsOut-out-0";

    private final StreamBridge streamBridge;

    public SubmissionPublisher(StreamBridge streamBridge) {
        this.streamBridge = streamBridge;
    }

    /**
     * Returns once the broker acknowledged the message (the binding is synchronous, acks=all).
     *
     * @throws RuntimeException when Kafka did not acknowledge it in time
     */
    public void publish(ComplaintSubmitted message) {
        if (!streamBridge.send(BINDING, KafkaMessages.keyedByComplaint(message, message.metadata()))) {
            throw new IllegalStateException("Kafka did not accept submission " + message.metadata().messageId());
        }
    }
}
