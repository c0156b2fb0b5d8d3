package be.partenamut.complaints.support.messaging;

import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.kafka.support.ProducerListener;

/**
 * Spring Kafka's default producer listener logs the start of a payload it could not send. Our
 * messages carry members' names, contact details and complaint texts, which must never reach the
 * logs: failures are logged with the topic and the error only.
 */
public final class KafkaLogging {

    private KafkaLogging() {
    }

    public static ProducerListener<Object, Object> withoutContents() {
        LoggingProducerListener<Object, Object> listener = new LoggingProducerListener<>();
        listener.setIncludeContents(false);
        return listener;
    }
}
