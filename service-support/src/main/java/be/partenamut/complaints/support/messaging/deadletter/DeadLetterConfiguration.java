package be.partenamut.complaints.support.messaging.deadletter;

import be.partenamut.complaints.support.messaging.UnprocessableMessageException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ConstraintViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

import java.time.Clock;

/**
 * Every Kafka consumer's failure handling (retry transient failures without limit, dead-letter
 * permanent ones at once), its health and metrics, and the replay of its dead letters.
 */
@Configuration(proxyBeanMethods = false)
@Import(DeadLetterController.class)
public class DeadLetterConfiguration {

    /** What no service can ever process: an unreadable message, one that fails validation. */
    @Bean
    PermanentFailures commonPermanentFailures() {
        return PermanentFailures.of(UnprocessableMessageException.class, ConstraintViolationException.class);
    }

    @Bean
    DeadLetterProducer deadLetterProducer(KafkaProperties kafka) {
        return new DeadLetterProducer(kafka.buildProducerProperties(null));
    }

    @Bean
    DeadLetterTopics deadLetterTopics() {
        return new DeadLetterTopics();
    }

    /** Health component {@code messageConsumers}. */
    @Bean
    ConsumerRetries messageConsumersHealthIndicator(MeterRegistry meters) {
        // Real time, not the service's business clock: this measures an outage.
        return new ConsumerRetries(meters, Clock.systemUTC());
    }

    @Bean
    ConsumerFailureHandling consumerFailureHandling(ObjectProvider<PermanentFailures> permanentFailures,
                                                    DeadLetterProducer producer, DeadLetterTopics topics,
                                                    ConsumerRetries retries, MeterRegistry meters) {
        return new ConsumerFailureHandling(permanentFailures.orderedStream().toList(), producer, topics, retries, meters);
    }

    @Bean
    DeadLetterReplay deadLetterReplay(KafkaProperties kafka, Environment environment, DeadLetterTopics topics,
                                      DeadLetterProducer producer) {
        String service = environment.getProperty("spring.application.name", "service");
        return new DeadLetterReplay(kafka.buildConsumerProperties(null), service + "-dlq-replay", topics, producer);
    }
}
