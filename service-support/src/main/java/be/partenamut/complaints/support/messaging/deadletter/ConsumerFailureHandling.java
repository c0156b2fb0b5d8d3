package be.partenamut.complaints.support.messaging.deadletter;

import be.partenamut.complaints.contracts.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;

/**
 * How every consumer of every service handles a failure, in the listener container rather than in
 * the binder (whose retries are counted and then dead-letter whatever failed, an outage included):
 * <ul>
 *   <li>a {@link PermanentFailures permanent failure} sends the message to the consumer's
 *       dead-letter topic at once, with the reason in its headers ({@link DeadLetterHeaders}), and
 *       counts it in {@code complaints_dead_letters_total{topic,reason}};</li>
 *   <li>anything else is retried without limit, 1 s, 2 s, 4 s... then every 30 s: the container
 *       seeks back to the failed message, so the partition waits and nothing after it is read
 *       before it (a complaint's messages stay in order); {@link ConsumerRetries} shows it.</li>
 * </ul>
 * The dead-letter topic is the binding's {@code dlq-name} when it sets one, {@code <topic>.dlq}
 * otherwise.
 */
public class ConsumerFailureHandling implements ListenerContainerWithDlqAndRetryCustomizer {

    static final String DEAD_LETTERS = "complaints.dead.letters";
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(ConsumerFailureHandling.class);

    private final List<Class<? extends Exception>> permanent;
    private final DeadLetterProducer producer;
    private final DeadLetterTopics topics;
    private final ConsumerRetries retries;
    private final MeterRegistry meters;

    public ConsumerFailureHandling(List<PermanentFailures> permanentFailures, DeadLetterProducer producer,
                                   DeadLetterTopics topics, ConsumerRetries retries, MeterRegistry meters) {
        this.permanent = permanentFailures.stream().flatMap(failures -> failures.exceptions().stream()).distinct().toList();
        this.producer = producer;
        this.topics = topics;
        this.retries = retries;
        this.meters = meters;
    }

    /** Retries and dead letters are the container's, never the binder's. */
    @Override
    public boolean retryAndDlqInBinding(String destinationName, String group) {
        return false;
    }

    @Override
    public void configure(AbstractMessageListenerContainer<?, ?> container, String destinationName, String group,
                          BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> dlqDestinationResolver,
                          BackOff backOff) {
        BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination = deadLetterDestination(
                destinationName, dlqDestinationResolver);
        ConsumerBinding binding = new ConsumerBinding(destinationName, group,
                destination.apply(new ConsumerRecord<>(destinationName, 0, 0L, null, null), null).topic());
        topics.register(binding);
        retries.watch(binding);

        DefaultErrorHandler errorHandler = new DefaultErrorHandler(recoverer(destination), unlimitedBackOff());
        permanent.forEach(errorHandler::addNotRetryableExceptions);
        errorHandler.setRetryListeners(new Watch(binding));
        container.setCommonErrorHandler(errorHandler);
        container.setRecordInterceptor(new MovedOn<>(binding));
    }

    /**
     * The binding's {@code dlq-name} and the binder's choice of partition (the original's, so one
     * complaint's dead letters stay in order too), or {@code <topic>.dlq} when the binding names none.
     */
    private static BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> deadLetterDestination(
            String topic, BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> configured) {
        BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> byName =
                (record, error) -> new TopicPartition(Topics.deadLetter(topic), record.partition());
        if (configured == null) {
            return byName;
        }
        return (record, error) -> {
            TopicPartition partition = configured.apply(record, error);
            return partition == null || partition.topic() == null ? byName.apply(record, error) : partition;
        };
    }

    private DeadLetterPublishingRecoverer recoverer(BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> destination) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(producer.template(), destination);
        recoverer.setHeaderNamesSupplier(DeadLetterHeaders::names);
        recoverer.setExceptionHeadersCreator(this::reasonHeaders);
        return recoverer;
    }

    /** The reason is the permanent failure itself, not the listener and binder exceptions wrapped around it. */
    private void reasonHeaders(Headers headers, Exception error, boolean isKey,
                               DeadLetterPublishingRecoverer.HeaderNames names) {
        Throwable reason = reasonOf(error);
        headers.add(DeadLetterHeaders.EXCEPTION_FQCN, bytes(reason.getClass().getName()));
        if (reason.getCause() != null) {
            headers.add(DeadLetterHeaders.EXCEPTION_CAUSE_FQCN, bytes(reason.getCause().getClass().getName()));
        }
        headers.add(DeadLetterHeaders.EXCEPTION_MESSAGE, bytes(String.valueOf(reason.getMessage())));
        StringWriter trace = new StringWriter();
        reason.printStackTrace(new PrintWriter(trace));
        headers.add(DeadLetterHeaders.EXCEPTION_STACKTRACE, bytes(trace.toString()));
    }

    Throwable reasonOf(Throwable error) {
        Throwable deepest = error;
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            for (Class<? extends Exception> type : permanent) {
                if (type.isInstance(cause)) {
                    return cause;
                }
            }
            deepest = cause;
        }
        return deepest;
    }

    /** 1 s, doubling up to 30 s, for as long as it takes: no attempt count or elapsed time stops it. */
    static ExponentialBackOff unlimitedBackOff() {
        ExponentialBackOff backOff = new ExponentialBackOff(FIRST_RETRY.toMillis(), 2.0);
        backOff.setMaxInterval(LONGEST_WAIT.toMillis());
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        return backOff;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Counts each failed attempt and each dead letter. */
    private final class Watch implements RetryListener {

        private final ConsumerBinding binding;

        private Watch(ConsumerBinding binding) {
            this.binding = binding;
        }

        @Override
        public void failedDelivery(ConsumerRecord<?, ?> record, Exception error, int deliveryAttempt) {
            retries.failed(binding, record.partition(), record.offset(), error);
            Throwable reason = reasonOf(error);
            log.warn("{} failed on message {}/{} (attempt {}): {}", binding.name(), record.partition(),
                    record.offset(), deliveryAttempt, reason.getClass().getName());
        }

        @Override
        public void recovered(ConsumerRecord<?, ?> record, Exception error) {
            retries.movedOn(binding);
            String reason = reasonOf(error).getClass().getSimpleName();
            Counter.builder(DEAD_LETTERS)
                    .description("Messages sent to a dead-letter topic, by the reason's class")
                    .tag("topic", binding.deadLetterTopic()).tag("reason", reason)
                    .tag("source", binding.topic()).tag("group", binding.group())
                    .register(meters).increment();
            log.error("{} sent message {}/{} to {}: {}", binding.name(), record.partition(), record.offset(),
                    binding.deadLetterTopic(), reason);
        }
    }

    /** A message that went through ends the consumer's retrying. */
    private final class MovedOn<K, V> implements RecordInterceptor<K, V> {

        private final ConsumerBinding binding;

        private MovedOn(ConsumerBinding binding) {
            this.binding = binding;
        }

        @Override
        public ConsumerRecord<K, V> intercept(ConsumerRecord<K, V> record, Consumer<K, V> consumer) {
            return record;
        }

        @Override
        public void success(ConsumerRecord<K, V> record, Consumer<K, V> consumer) {
            retries.movedOn(binding);
        }
    }
}
