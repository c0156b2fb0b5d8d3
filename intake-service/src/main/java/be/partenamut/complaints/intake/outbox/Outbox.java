package be.partenamut.complaints.intake.outbox;

import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.submissions.SubmissionMessage;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What intake publishes, stored in the transaction that decided it (the transactional outbox): once
 * that transaction commits the message will reach Kafka, however long Kafka is away and whichever
 * instance dies, because a relay ({@code outbox.messaging.OutboxRelay}) publishes every pending one.
 */
@Repository
public class Outbox {

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public Outbox(JdbcClient jdbc, ObjectMapper objectMapper, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores {@code message} for {@code complaints.submissions.v1}, keyed by its complaint id, within
     * the caller's transaction: it is published only if that transaction commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void append(SubmissionMessage message) {
        jdbc.sql("""
                        insert into outbox_message (message_id, topic, message_key, message_type, message, created_at)
                        values (:id, :topic, :key, :type, cast(:message as jsonb), :createdAt)""")
                .param("id", message.metadata().messageId())
                .param("topic", Topics.SUBMISSIONS)
                .param("key", message.metadata().complaintId().toString())
                .param("type", message.getClass().getSimpleName())
                .param("message", write(message))
                .param("createdAt", Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(new OutboxMessageStored());
    }

    /**
     * Up to {@code limit} pending messages, oldest first, each the first pending one of its complaint,
     * locked until the transaction ends. Rows another relay holds are skipped, and so is every later
     * message of their complaints: two relays never publish one complaint's messages out of order.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<OutboxMessage> claimPending(int limit) {
        return jdbc.sql("""
                        select position, message_id, topic, message_key, message_type, message::text as message,
                               created_at, attempts
                        from outbox_message pending
                        where published_at is null
                          and not exists (select 1 from outbox_message earlier
                                          where earlier.message_key = pending.message_key
                                            and earlier.published_at is null
                                            and earlier.position < pending.position)
                        order by position
                        limit :limit
                        for update skip locked""")
                .param("limit", limit)
                .query((row, i) -> new OutboxMessage(row.getLong("position"),
                        row.getObject("message_id", UUID.class), row.getString("topic"), row.getString("message_key"),
                        row.getString("message_type"), row.getString("message"),
                        row.getTimestamp("created_at").toInstant(), row.getInt("attempts")))
                .list();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markPublished(long position, Instant publishedAt) {
        jdbc.sql("update outbox_message set published_at = :at, attempts = attempts + 1, last_error = null"
                        + " where position = :position")
                .param("position", position)
                .param("at", Timestamp.from(publishedAt))
                .update();
    }

    /** Counts a failed attempt, in a transaction of its own (the relay's one rolled back). */
    public void markFailed(long position, String error) {
        jdbc.sql("update outbox_message set attempts = attempts + 1, last_error = :error where position = :position"
                        + " and published_at is null")
                .param("position", position)
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .update();
    }

    /** How many messages wait, and since when the oldest. */
    public Backlog backlog() {
        return jdbc.sql("select count(*) as pending, min(created_at) as oldest from outbox_message"
                        + " where published_at is null")
                .query((row, i) -> new Backlog(row.getLong("pending"),
                        Optional.ofNullable(row.getTimestamp("oldest")).map(Timestamp::toInstant)))
                .single();
    }

    /** The messages waiting to be published: how many, and when the oldest was stored. */
    public record Backlog(long pending, Optional<Instant> oldest) {

        public static final Backlog NONE = new Backlog(0, Optional.empty());
    }

    private String write(SubmissionMessage message) {
        try {
            return objectMapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write message " + message.metadata().messageId(), e);
        }
    }
}
