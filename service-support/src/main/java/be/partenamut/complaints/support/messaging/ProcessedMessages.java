package be.partenamut.complaints.support.messaging;

import org.springframework.jdbc.core.simple.JdbcClient;

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
 * </pre>
 */
public class ProcessedMessages {

    private final JdbcClient jdbc;

    public ProcessedMessages(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                        values (:messageId, :consumer, now())
                        on conflict do nothing""")
                .param("messageId", messageId)
                .param("consumer", consumer)
                .update() == 1;
    }
}
