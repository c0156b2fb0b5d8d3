package be.partenamut.complaints.support.messaging.deadletter;

/**
 * One Kafka consumer of this service: the topic it reads, its consumer group, and the dead-letter
 * topic where it puts what it can never process.
 */
public record ConsumerBinding(String topic, String group, String deadLetterTopic) {

    /** How health and logs name it. */
    public String name() {
        return topic + "/" + group;
    }
}
