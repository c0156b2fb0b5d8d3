package be.partenamut.complaints.support.messaging.deadletter;

import be.partenamut.complaints.contracts.HeaderNames;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Re-publishes this service's dead letters to the topics they came from, once the cause is fixed:
 * each record as it was first published (key, value, headers, so the message id is the same and
 * consumers that already have it skip it), plus {@value DeadLetterHeaders#REPLAYED_FROM}.
 * <p>
 * What was replayed is recorded as the offsets of consumer group {@code <service>-dlq-replay} on
 * the dead-letter topic, committed after each batch is acknowledged by Kafka: a second replay starts
 * where the first ended and re-sends nothing it sent. A crash between sending and committing may
 * re-send a batch, which consumers' deduplication by message id absorbs. A message that fails again
 * once replayed is a new dead letter, and a later replay sends it again.
 * <p>
 * Several services read the same topic and share its dead-letter topic: a service replays only the
 * dead letters its own consumer groups wrote ({@value DeadLetterHeaders#ORIGINAL_CONSUMER_GROUP}),
 * and passes over the others.
 */
public class DeadLetterReplay {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterReplay.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);
    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final Map<String, Object> consumerProperties;
    private final String replayGroup;
    private final DeadLetterTopics topics;
    private final DeadLetterProducer producer;

    public DeadLetterReplay(Map<String, Object> consumerProperties, String replayGroup, DeadLetterTopics topics,
                            DeadLetterProducer producer) {
        this.consumerProperties = consumerProperties;
        this.replayGroup = replayGroup;
        this.topics = topics;
        this.producer = producer;
    }

    public String replayGroup() {
        return replayGroup;
    }

    /**
     * Replays what this service's consumers dead-lettered on {@code deadLetterTopic} since the last
     * replay, up to the last dead letter present now.
     *
     * @throws UnknownDeadLetterTopicException when no consumer of this service writes to it
     */
    public synchronized ReplayReport replay(String deadLetterTopic) {
        List<ConsumerBinding> bindings = topics.feeding(deadLetterTopic);
        if (bindings.isEmpty()) {
            throw new UnknownDeadLetterTopicException(deadLetterTopic);
        }
        Set<String> groups = bindings.stream().map(ConsumerBinding::group).collect(Collectors.toSet());
        List<ReplayedMessage> replayed = new ArrayList<>();
        int passedOver = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(replayConsumerProperties())) {
            List<TopicPartition> partitions = consumer.partitionsFor(deadLetterTopic).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                if (done == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, done.offset());
                }
            }
            Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
            while (!reachedEnd(consumer, partitions, end)) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("could not read " + deadLetterTopic + " to its end within "
                            + GIVE_UP_AFTER + "; what was replayed so far is recorded");
                }
                Map<TopicPartition, OffsetAndMetadata> progress = new HashMap<>();
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(partition)) {
                        continue; // dead-lettered after the replay began: the next replay's
                    }
                    if (groups.contains(header(record, DeadLetterHeaders.ORIGINAL_CONSUMER_GROUP))) {
                        replayed.add(send(record, bindings));
                    } else {
                        passedOver++;
                    }
                    progress.put(partition, new OffsetAndMetadata(record.offset() + 1));
                }
                if (!progress.isEmpty()) {
                    consumer.commitSync(progress);
                }
            }
        }
        log.info("replayed {} dead letter(s) of {} (passed over {} of other services)", replayed.size(),
                deadLetterTopic, passedOver);
        return new ReplayReport(deadLetterTopic, replayGroup, replayed.size(), passedOver, replayed);
    }

    private ReplayedMessage send(ConsumerRecord<byte[], byte[]> record, List<ConsumerBinding> bindings) {
        String original = header(record, DeadLetterHeaders.ORIGINAL_TOPIC);
        String target = original != null ? original : bindings.get(0).topic();
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!DeadLetterHeaders.DEAD_LETTER_ONLY.contains(header.key())) {
                headers.add(header);
            }
        }
        headers.add(DeadLetterHeaders.REPLAYED_FROM, ("%s/%d/%d".formatted(record.topic(), record.partition(),
                record.offset())).getBytes(StandardCharsets.UTF_8));
        try {
            producer.template().send(new ProducerRecord<>(target, null, record.key(), record.value(), headers))
                    .get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying " + record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not replay %s/%d/%d to %s".formatted(record.topic(),
                    record.partition(), record.offset(), target), e);
        }
        return new ReplayedMessage(record.partition(), record.offset(), target,
                header(record, HeaderNames.MESSAGE_ID), header(record, DeadLetterHeaders.EXCEPTION_MESSAGE));
    }

    private static boolean reachedEnd(KafkaConsumer<?, ?> consumer, List<TopicPartition> partitions,
                                      Map<TopicPartition, Long> end) {
        return partitions.stream().allMatch(partition -> consumer.position(partition) >= end.get(partition));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private Map<String, Object> replayConsumerProperties() {
        Map<String, Object> properties = new HashMap<>(consumerProperties);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, replayGroup);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, replayGroup + "-" + System.nanoTime());
        return properties;
    }

    /** What a replay re-published: each dead letter's place, where it went, its message id and why it had failed. */
    public record ReplayReport(String topic, String replayGroup, int replayed, int passedOver,
                               List<ReplayedMessage> messages) {
    }

    public record ReplayedMessage(int partition, long offset, String to, String messageId, String reason) {
    }

    /** No consumer of this service writes to the topic. */
    public static class UnknownDeadLetterTopicException extends RuntimeException {

        public UnknownDeadLetterTopicException(String topic) {
            super("no consumer of this service dead-letters to " + topic);
        }
    }
}
