package be.partenamut.complaints.support.messaging.deadletter;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.LoggingProducerListener;

import java.util.HashMap;
import java.util.Map;

/**
 * Writes dead letters and replays them: the record's key and value as they were read (bytes), to the
 * broker the service's consumers read from, idempotently and acknowledged by every replica. Not a
 * {@code KafkaTemplate} bean, so Spring Boot's own template (strings) stays as it is.
 */
public class DeadLetterProducer implements DisposableBean {

    private final DefaultKafkaProducerFactory<byte[], byte[]> factory;
    private final KafkaTemplate<byte[], byte[]> template;

    public DeadLetterProducer(Map<String, Object> producerProperties) {
        Map<String, Object> properties = new HashMap<>(producerProperties);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // Kafka away: the send fails within seconds and the consumer retries it, rather than blocking.
        properties.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        properties.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        properties.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        this.factory = new DefaultKafkaProducerFactory<>(properties);
        this.template = new KafkaTemplate<>(factory);
        // Never log a message's contents: they carry members' personal data (see KafkaLogging).
        LoggingProducerListener<byte[], byte[]> withoutContents = new LoggingProducerListener<>();
        withoutContents.setIncludeContents(false);
        this.template.setProducerListener(withoutContents);
    }

    public KafkaTemplate<byte[], byte[]> template() {
        return template;
    }

    @Override
    public void destroy() {
        factory.destroy();
    }
}
