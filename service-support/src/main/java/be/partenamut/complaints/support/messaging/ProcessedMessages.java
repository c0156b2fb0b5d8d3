package be.partenamut.complaints.support.messaging;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Kafka delivers at least once: a consumer may see a message again after a rebalance or a replay.
 * Recording each message id in the same transaction as the message's effect makes the effect happen
 * once. Each consuming service creates the table in its own schema:
 * <pre>
 * create table processed_message (
 *     message_id   uuid         not null,
 *     consumer     varchar(100) not null,
 *     processed_at timestamptz  not null,
 *     primary key (message_id, consumer));
 * create index processed_message_processed_at on processed_message (processed_at);
 * </pre>
 * A record is kept only as long as its message may come back: see {@link ProcessedMessagesPurge}.
 */
public class ProcessedMessages {

    /** How many records one purge statement deletes: short transactions, no long lock on the table. */
    private static final int PURGE_BATCH = 10_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    /** @param clock the service's clock: the purge counts the records' age on it */
    public ProcessedMessages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that {@code consumer} processes {@code messageId}. Call it inside the transaction that
     * applies the message.
     *
     * @return true the first time; false when the message was already processed and must be skipped
     */
    public boolean firstDelivery(UUID messageId, String consumer) {
        return jdbc.sql("""
                        insert into processed_message (message_id, consumer, processed_at)
                        values (:messageId, :consumer, :at)
                        on conflict do nothing""")
                .param("messageId", messageId)
                .param("consumer", consumer)
                .param("at", Timestamp.from(clock.instant()))
                .update() == 1;
    }

    /**
     * Forgets the messages processed before {@code cutoff}, a batch at a time (each statement its own
     * transaction when called outside one).
     *
     * @return how many records were deleted
     */
    public int forgetProcessedBefore(Instant cutoff) {
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql("""
                            delete from processed_message where (message_id, consumer) in (
                                select message_id, consumer from processed_message
                                where processed_at < :cutoff limit :batch)""")
                    .param("cutoff", Timestamp.from(cutoff))
                    .param("batch", PURGE_BATCH)
                    .update();
            total += deleted;
        } while (deleted == PURGE_BATCH);
        return total;
    }
}
