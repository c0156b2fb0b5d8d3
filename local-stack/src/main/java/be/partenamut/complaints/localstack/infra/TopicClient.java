package be.partenamut.complaints.localstack.infra;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

/**
 * Writes raw messages to a topic and reads a topic from its beginning, as a channel system or an
 * operator would: with plain Kafka clients, not with the services' own code.
 */
public final class TopicClient {

    /** A ceiling for reading what is already on the broker: generous, as a loaded machine needs. */
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    /**
     * Between two looks at a consumer group's offsets: short next to any sensible timeout, long enough
     * not to flood the broker with admin requests while a loaded machine catches up.
     */
    private static final Duration OFFSETS_POLL_INTERVAL = Duration.ofMillis(200);

    private final String bootstrapServers;

    public TopicClient(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Sends {@code value} keyed by {@code key} and waits until the broker acknowledged it. */
    public void send(String topic, String key, String value) {
        send(topic, key, value.getBytes(StandardCharsets.UTF_8));
    }

    public void send(String topic, String key, byte[] value) {
        send(topic, key, value, Map.of());
    }

    /** Sends {@code value} keyed by {@code key} with {@code headers} (as UTF-8), and waits until the broker acknowledged it. */
    public void send(String topic, String key, String value, Map<String, String> headers) {
        send(topic, key, value.getBytes(StandardCharsets.UTF_8), headers);
    }

    private void send(String topic, String key, byte[] value, Map<String, String> headers) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
            headers.forEach((name, text) -> record.headers().add(name, text.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not send to " + topic, e.getCause());
        }
    }

    /**
     * Reads {@code topic} from the beginning until a record matches {@code until} or {@code timeout}
     * passes, then returns every record read (so a caller can also check what should not be there).
     */
    public List<Record> readUntil(String topic, Predicate<Record> until, Duration timeout) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            List<Record> records = new ArrayList<>();
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> consumed : consumer.poll(Duration.ofMillis(250))) {
                    records.add(Record.of(consumed));
                }
                if (records.stream().anyMatch(until)) {
                    break;
                }
            }
            return records;
        }
    }

    /**
     * Every record on {@code topic} up to its end offsets as they stand when this is called: the
     * partitions are assigned, not subscribed, so no group has to form, and the read stops when each
     * partition reaches the end captured first, however slow the machine. A topic nobody created yet
     * holds nothing.
     */
    public List<Record> readToEnd(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.listTopics(READ_TIMEOUT).getOrDefault(topic, List.of()).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            if (partitions.isEmpty()) {
                return List.of();
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_TIMEOUT);
            consumer.seekToBeginning(partitions);
            List<Record> records = new ArrayList<>();
            Instant deadline = Instant.now().plus(READ_TIMEOUT);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition, READ_TIMEOUT) < ends.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("could not read " + topic + " to its end offsets " + ends
                            + " within " + READ_TIMEOUT);
                }
                for (ConsumerRecord<String, byte[]> consumed : consumer.poll(Duration.ofMillis(250))) {
                    if (consumed.offset() < ends.get(new TopicPartition(consumed.topic(), consumed.partition()))) {
                        records.add(Record.of(consumed));
                    }
                }
            }
            return records;
        }
    }

    /**
     * Waits until consumer group {@code group} has committed offsets up to the end of every partition
     * of {@code topic}: everything published so far was processed (or dead-lettered).
     *
     * @return whether the group caught up before {@code timeout}
     */
    public boolean awaitConsumed(String group, String topic, Duration timeout) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get()
                        .get(topic).partitions().stream()
                        .map(info -> new TopicPartition(topic, info.partition())).toList();
                Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
                partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                        admin.listOffsets(latest).all().get();
                boolean caughtUp = partitions.stream().allMatch(partition -> {
                    long end = ends.get(partition).offset();
                    OffsetAndMetadata done = committed.get(partition);
                    return end == 0 || (done != null && done.offset() >= end);
                });
                if (caughtUp) {
                    return true;
                }
                // The broker does not notify when a group commits: a look at the offsets every interval until the
                // caller's ceiling, as Awaitility does (this client is main code of the launcher, without test libraries).
                Thread.sleep(OFFSETS_POLL_INTERVAL.toMillis());
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not read the offsets of " + group, e.getCause());
        }
    }

    /** A record as read: key, value as text, headers as text. */
    public record Record(String topic, int partition, long offset, String key, String value,
                         Map<String, String> headers) {

        static Record of(ConsumerRecord<String, byte[]> consumed) {
            Map<String, String> headers = new LinkedHashMap<>();
            for (Header header : consumed.headers()) {
                headers.put(header.key(), header.value() == null ? null
                        : new String(header.value(), StandardCharsets.UTF_8));
            }
            return new Record(consumed.topic(), consumed.partition(), consumed.offset(), consumed.key(),
                    consumed.value() == null ? null : new String(consumed.value(), StandardCharsets.UTF_8),
                    headers);
        }

        public boolean valueContains(String text) {
            return value != null && value.contains(text);
        }
    }
}
