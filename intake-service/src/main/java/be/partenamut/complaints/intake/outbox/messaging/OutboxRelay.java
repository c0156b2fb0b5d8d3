package be.partenamut.complaints.intake.outbox.messaging;

import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.submissions.SubmissionMessage;
import be.partenamut.complaints.contracts.submissions.UnknownSubmission;
import be.partenamut.complaints.intake.outbox.Outbox;
import be.partenamut.complaints.intake.outbox.OutboxMessage;
import be.partenamut.complaints.intake.outbox.OutboxMessageStored;
import be.partenamut.complaints.intake.outbox.OutboxMetrics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Publishes what the {@link Outbox} holds, on a thread of its own, so that no request waits for Kafka:
 * <ul>
 *   <li>claims the pending messages (rows locked, {@code skip locked}: several instances share the work,
 *       and one complaint's messages go out in order), publishes each, waits for Kafka's
 *       acknowledgement and marks it published in the same transaction;</li>
 *   <li>publishes a message again, unchanged (same message id), until one attempt is marked: a crash
 *       between Kafka's acknowledgement and the commit of the mark publishes it twice, which consumers
 *       tell by its message id (at least once, never lost);</li>
 *   <li>backs off (doubling up to {@code max-back-off}) while Kafka or the database fails, and wakes
 *       as soon as a request's transaction stored a message, otherwise every {@code poll-interval}.</li>
 * </ul>
 * Why not Spring Modulith's event publication registry (1.4 is the line for Spring Boot 3.5): it
 * republishes incomplete publications only at a restart or when asked, not continuously with a
 * back-off; in 1.4 nothing stops two instances from republishing the same ones at once; publications
 * go out in no particular order per complaint; and the submission row must itself be the idempotency
 * record, with the exact sealed message and its id fixed when it is stored. A table and this class do
 * all of that with the stack already here.
 */
@Component
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration FIRST_BACK_OFF = Duration.ofMillis(500);

    /** Publishes one message and returns once Kafka acknowledged it. */
    @FunctionalInterface
    public interface Sender {
        void send(SubmissionMessage message);
    }

    private final Outbox outbox;
    private final Sender sender;
    private final ObjectMapper objectMapper;
    private final TransactionTemplate transactions;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final Duration pollInterval;
    private final Duration maxBackOff;
    private final int batchSize;
    private final Object signal = new Object();

    private boolean woken;
    private volatile boolean running;
    private Thread thread;

    @Autowired
    public OutboxRelay(Outbox outbox, SubmissionPublisher publisher, ObjectMapper objectMapper,
                       TransactionTemplate transactions, OutboxMetrics metrics, Clock clock,
                       @Value("${complaints.intake.outbox.poll-interval:1s}") Duration pollInterval,
                       @Value("${complaints.intake.outbox.max-back-off:10s}") Duration maxBackOff,
                       @Value("${complaints.intake.outbox.batch-size:100}") int batchSize) {
        this(outbox, publisher::publish, objectMapper, transactions, metrics, clock, pollInterval, maxBackOff,
                batchSize);
    }

    public OutboxRelay(Outbox outbox, Sender sender, ObjectMapper objectMapper, TransactionTemplate transactions,
                       OutboxMetrics metrics, Clock clock, Duration pollInterval, Duration maxBackOff, int batchSize) {
        this.outbox = outbox;
        this.sender = sender;
        this.objectMapper = objectMapper;
        this.transactions = transactions;
        this.metrics = metrics;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.maxBackOff = maxBackOff;
        this.batchSize = batchSize;
    }

    /**
     * One pass: publishes up to a batch of pending messages and marks them, in one transaction.
     * Messages published before a failure are marked; the failed one stays pending.
     *
     * @return how many messages were published
     * @throws RuntimeException when a message could not be published, or the database failed
     */
    public int relayOnce() {
        Failure failure = new Failure();
        Integer published = transactions.execute(status -> {
            List<OutboxMessage> batch = outbox.claimPending(batchSize);
            int sent = 0;
            for (OutboxMessage message : batch) {
                try {
                    sender.send(read(message));
                } catch (RuntimeException e) {
                    failure.of(message, e);
                    break;
                }
                outbox.markPublished(message.position(), clock.instant());
                sent++;
            }
            return sent;
        });
        if (failure.cause != null) {
            String reason = NestedExceptionUtils.getMostSpecificCause(failure.cause).toString();
            outbox.markFailed(failure.message.position(), reason);
            throw new IllegalStateException("message " + failure.message.messageId() + " (attempt "
                    + (failure.message.attempts() + 1) + ") not published: " + reason, failure.cause);
        }
        return published == null ? 0 : published;
    }

    /** Wakes the relay once a request's transaction that stored a message has committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onStored(OutboxMessageStored stored) {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** Lets the message being published finish (Kafka's timeouts bound it), then stops. */
    @Override
    public synchronized void stop() {
        running = false;
        synchronized (signal) {
            signal.notifyAll();
        }
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Duration backOff = Duration.ZERO;
        while (running) {
            boolean more = false;
            try {
                more = relayOnce() == batchSize;
                if (!backOff.isZero()) {
                    log.info("Outbox relay publishing again");
                }
                backOff = Duration.ZERO;
            } catch (RuntimeException e) {
                backOff = backOff.isZero() ? FIRST_BACK_OFF : min(backOff.multipliedBy(2), maxBackOff);
                log.warn("Outbox relay backs off for {} ms: {}", backOff.toMillis(),
                        NestedExceptionUtils.getMostSpecificCause(e).toString());
            }
            refreshMetrics();
            if (!backOff.isZero()) {
                pause(backOff, false);
            } else if (!more) {
                pause(pollInterval, true);
            }
        }
    }

    private void refreshMetrics() {
        try {
            metrics.update(outbox.backlog());
        } catch (RuntimeException e) {
            // The database is away: the gauges keep the last backlog seen, and its oldest message keeps ageing.
        }
    }

    /** Waits {@code duration}, or less when stopped or, if {@code wakeable}, when a message is stored. */
    private void pause(Duration duration, boolean wakeable) {
        long deadline = System.nanoTime() + duration.toNanos();
        synchronized (signal) {
            try {
                while (running && !(wakeable && woken)) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        break;
                    }
                    signal.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
            woken = false;
        }
    }

    private SubmissionMessage read(OutboxMessage stored) {
        if (!Topics.SUBMISSIONS.equals(stored.topic())) {
            throw new IllegalStateException("no binding for topic " + stored.topic());
        }
        SubmissionMessage message;
        try {
            message = objectMapper.readValue(stored.message(), SubmissionMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored message " + stored.messageId() + " is unreadable", e);
        }
        if (message instanceof UnknownSubmission) {
            throw new IllegalStateException("stored message " + stored.messageId() + " has an unknown type");
        }
        return message;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The message whose publication failed, and why. */
    private static final class Failure {
        private OutboxMessage message;
        private RuntimeException cause;

        void of(OutboxMessage failed, RuntimeException e) {
            message = failed;
            cause = e;
        }
    }
}
