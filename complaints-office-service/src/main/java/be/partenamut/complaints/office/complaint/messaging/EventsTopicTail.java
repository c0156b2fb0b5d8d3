package be.partenamut.complaints.office.complaint.messaging;

import be.partenamut.complaints.contracts.HeaderNames;
import be.partenamut.complaints.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads what {@value Topics#EVENTS} holds from a point in time to its current end, in every partition: the
 * message id and the time of each record. A plain consumer assigned to the partitions (no group, no
 * offsets committed), started where each partition's records reach that time, so the work is bounded by
 * what was published since then, never a whole partition.
 *
 * <p>Fails (after {@link #TIMEOUT}) when Kafka does not answer: the relay then retries the event later,
 * exactly as when a send fails.
 */
@Component
public class EventsTopicTail {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String bootstrapServers;

    public EventsTopicTail(@Value("${spring.cloud.stream.kafka.binder.brokers}") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Hands each record's message id and time to {@code seen}, from {@code from} to the end as it is now. */
    public void readSince(Instant from, BiConsumer<String, Instant> seen) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                // Reading must not create the topic: a topic nobody created yet holds nothing.
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false",
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<PartitionInfo> infos = consumer.partitionsFor(Topics.EVENTS, TIMEOUT);
            if (infos == null || infos.isEmpty()) {
                return;
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(info -> new TopicPartition(Topics.EVENTS, info.partition())).toList();
            Map<TopicPartition, Long> since = new HashMap<>();
            partitions.forEach(partition -> since.put(partition, from.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(since, TIMEOUT);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
            // A partition with no record at or after that time has nothing to read.
            List<TopicPartition> toRead = partitions.stream().filter(partition -> starts.get(partition) != null
                    && starts.get(partition).offset() < ends.get(partition)).toList();
            if (toRead.isEmpty()) {
                return;
            }
            consumer.assign(toRead);
            toRead.forEach(partition -> consumer.seek(partition, starts.get(partition).offset()));
            // A long window may take long to read; only a read that stops moving is given up.
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (toRead.stream().anyMatch(partition -> consumer.position(partition, TIMEOUT) < ends.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Could not read " + Topics.EVENTS + " up to " + ends
                            + ": nothing came for " + TIMEOUT);
                }
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    deadline = Instant.now().plus(TIMEOUT);
                }
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    Header messageId = record.headers().lastHeader(HeaderNames.MESSAGE_ID);
                    if (messageId != null && messageId.value() != null
                            && record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        seen.accept(new String(messageId.value(), StandardCharsets.UTF_8),
                                Instant.ofEpochMilli(record.timestamp()));
                    }
                }
            }
        }
    }
}
