package be.partenamut.complaints.notification.delivery;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.contracts.deliveries.RecipientKind;
import be.partenamut.complaints.notification.message.Delivery;
import be.partenamut.complaints.notification.message.DeliveryStatus;
import be.partenamut.complaints.notification.message.NotificationType;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every message the service sends, tried to send, queued for print, or may not send. The unique key
 * (source message id, recipient id, template) is what makes a redelivered or replayed event send
 * nothing twice; the recipient id is a pseudonym, the member's address and the rendered message are
 * kept sealed, so the log holds nothing personal in clear.
 */
@Repository
public class DeliveryLog {

    private static final String COLUMNS = """
            delivery_id, source_message_id, complaint_id, type, template, language, recipient_kind, channel,
            recipient_id, recipient_sealed, recipient_address, correlation_id, subject, text_sealed, html_sealed,
            status, suppression_reason, attempts, refusals, last_error, next_attempt_at, waiting_since, created_at,
            sent_at, status_changed_at, published_status""";

    private static final RowMapper<Delivery> ROW = (row, i) -> new Delivery(
            row.getObject("delivery_id", UUID.class),
            row.getObject("source_message_id", UUID.class),
            row.getObject("complaint_id", UUID.class),
            NotificationType.valueOf(row.getString("type")),
            row.getString("template"),
            row.getString("language") == null ? null : Language.fromCode(row.getString("language")),
            RecipientKind.valueOf(row.getString("recipient_kind")),
            DeliveryChannel.valueOf(row.getString("channel")),
            row.getString("recipient_id"),
            sealed(row.getString("recipient_sealed")),
            row.getString("recipient_address"),
            row.getString("correlation_id"),
            row.getString("subject"),
            sealed(row.getString("text_sealed")),
            sealed(row.getString("html_sealed")),
            DeliveryStatus.valueOf(row.getString("status")),
            row.getString("suppression_reason"),
            row.getInt("attempts"),
            row.getInt("refusals"),
            row.getString("last_error"),
            instant(row, "next_attempt_at"),
            instant(row, "waiting_since"),
            instant(row, "created_at"),
            instant(row, "sent_at"),
            instant(row, "status_changed_at"),
            row.getString("published_status") == null ? null : DeliveryStatus.valueOf(row.getString("published_status")));

    private final JdbcClient jdbc;

    public DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the message as {@link DeliveryStatus#PENDING}, its content sealed, unless it is recorded
     * already, and returns the recorded one (new, or as a previous delivery of the event left it).
     *
     * @param seal            seals the rendered text and HTML with the complaint's key
     * @param nextAttemptAt   when the retry job may take the message over if this send never ends
     */
    public Delivery open(OutgoingMessage message, ContentSealer seal, Instant now, Instant nextAttemptAt) {
        jdbc.sql("""
                        insert into delivery (delivery_id, source_message_id, complaint_id, type, template, language,
                                              recipient_kind, channel, recipient_id, recipient_sealed,
                                              recipient_address, correlation_id, subject, text_sealed, html_sealed,
                                              status, attempts, next_attempt_at, created_at, status_changed_at)
                        values (:deliveryId, :sourceMessageId, :complaintId, :type, :template, :language,
                                :recipientKind, :channel, :recipientId, :recipientSealed,
                                :recipientAddress, :correlationId, :subject, :text, :html,
                                'PENDING', 0, :nextAttemptAt, :now, :now)
                        on conflict (source_message_id, recipient_id, template) do update
                           -- a message recorded before contents were archived gets them now, to be retried
                           set text_sealed = coalesce(delivery.text_sealed, excluded.text_sealed),
                               html_sealed = coalesce(delivery.html_sealed, excluded.html_sealed),
                               next_attempt_at = coalesce(delivery.next_attempt_at, excluded.next_attempt_at)
                         where delivery.status in ('PENDING', 'FAILED') and delivery.text_sealed is null""")
                .param("deliveryId", UUID.randomUUID())
                .param("sourceMessageId", message.sourceMessageId())
                .param("complaintId", message.complaintId())
                .param("type", message.type().name())
                .param("template", message.type().template())
                .param("language", message.language() == null ? null : message.language().code())
                .param("recipientKind", message.type().recipientKind().name())
                .param("channel", message.channel().name())
                .param("recipientId", message.recipientId())
                .param("recipientSealed", value(message.sealedRecipient()))
                .param("recipientAddress", message.staffAddress())
                .param("correlationId", message.correlationId())
                .param("subject", message.content().subject())
                .param("text", value(seal.seal(ContentSealer.TEXT, message.content().text())))
                .param("html", value(seal.seal(ContentSealer.HTML, message.content().html())))
                .param("nextAttemptAt", Timestamp.from(nextAttemptAt))
                .param("now", Timestamp.from(now))
                .update();
        return find(message).orElseThrow();
    }

    /**
     * Records the message as {@link DeliveryStatus#SUPPRESSED}: new, or in place of a previous attempt
     * that did not get through. A message already sent or suppressed stays as it is.
     *
     * @return whether it was suppressed now (false when it was already sent or suppressed)
     */
    public boolean suppress(OutgoingMessage message, SuppressionReason reason, Instant now) {
        return jdbc.sql("""
                        insert into delivery (delivery_id, source_message_id, complaint_id, type, template, language,
                                              recipient_kind, channel, recipient_id, recipient_address,
                                              correlation_id, subject, status, suppression_reason, attempts,
                                              created_at, status_changed_at)
                        values (:deliveryId, :sourceMessageId, :complaintId, :type, :template, :language,
                                :recipientKind, :channel, :recipientId, :recipientAddress,
                                :correlationId, :subject, 'SUPPRESSED', :reason, 0, :now, :now)
                        on conflict (source_message_id, recipient_id, template) do update
                           set status = 'SUPPRESSED', suppression_reason = excluded.suppression_reason,
                               recipient_sealed = null, text_sealed = null, html_sealed = null, last_error = null,
                               next_attempt_at = null, waiting_since = null, status_changed_at = excluded.status_changed_at
                         where delivery.status not in ('SENT', 'SUPPRESSED')""")
                .param("deliveryId", UUID.randomUUID())
                .param("sourceMessageId", message.sourceMessageId())
                .param("complaintId", message.complaintId())
                .param("type", message.type().name())
                .param("template", message.type().template())
                .param("language", message.language() == null ? null : message.language().code())
                .param("recipientKind", message.type().recipientKind().name())
                .param("channel", message.channel().name())
                .param("recipientId", message.recipientId())
                .param("recipientAddress", message.staffAddress())
                .param("correlationId", message.correlationId())
                .param("subject", message.content().subject())
                .param("reason", reason.description())
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /** The delivery recorded for the message, if any. */
    public Optional<Delivery> find(OutgoingMessage message) {
        return jdbc.sql("select " + COLUMNS + """
                         from delivery
                        where source_message_id = :sourceMessageId and recipient_id = :recipientId and template = :template""")
                .param("sourceMessageId", message.sourceMessageId())
                .param("recipientId", message.recipientId())
                .param("template", message.type().template())
                .query(ROW)
                .optional();
    }

    public Optional<Delivery> get(UUID deliveryId) {
        return byId(deliveryId, "");
    }

    /**
     * The delivery, locked until the current transaction ends so no other sender touches it; empty when
     * another sender holds it (it is being sent right now) or it does not exist.
     */
    public Optional<Delivery> lockIfFree(UUID deliveryId) {
        return byId(deliveryId, " for update skip locked");
    }

    /** The delivery, locked until the current transaction ends, waiting for a sender that holds it. */
    public Optional<Delivery> lock(UUID deliveryId) {
        return byId(deliveryId, " for update");
    }

    private Optional<Delivery> byId(UUID deliveryId, String locking) {
        return jdbc.sql("select " + COLUMNS + " from delivery where delivery_id = :deliveryId" + locking)
                .param("deliveryId", deliveryId)
                .query(ROW)
                .optional();
    }

    public void markSent(UUID deliveryId, Instant sentAt, boolean attempted) {
        jdbc.sql("""
                        update delivery set status = 'SENT', sent_at = :sentAt, status_changed_at = :sentAt,
                               attempts = attempts + :attempted, last_error = null, next_attempt_at = null,
                               waiting_since = null
                        where delivery_id = :deliveryId""")
                .param("deliveryId", deliveryId)
                .param("sentAt", Timestamp.from(sentAt))
                .param("attempted", attempted ? 1 : 0)
                .update();
    }

    /**
     * One more attempt the mail server refused ({@link MailFailure#REFUSED}); the retry job tries again at
     * {@code nextAttemptAt}.
     */
    public void markRefused(UUID deliveryId, String error, Instant now, Instant nextAttemptAt) {
        jdbc.sql("""
                        update delivery set status = 'FAILED', attempts = attempts + 1, refusals = refusals + 1,
                               last_error = :error, next_attempt_at = :nextAttemptAt, waiting_since = null,
                               status_changed_at = :now
                        where delivery_id = :deliveryId""")
                .param("deliveryId", deliveryId)
                .param("error", error)
                .param("now", Timestamp.from(now))
                .param("nextAttemptAt", Timestamp.from(nextAttemptAt))
                .update();
    }

    /**
     * One more attempt that found the mail server unavailable ({@link MailFailure#SERVER_UNAVAILABLE}): it
     * counts no refusal, and the message waits (since its first such attempt in a row) until the retry job
     * tries again at {@code nextAttemptAt}.
     */
    public void markWaiting(UUID deliveryId, String error, Instant now, Instant nextAttemptAt) {
        jdbc.sql("""
                        update delivery set status = 'FAILED', attempts = attempts + 1, last_error = :error,
                               next_attempt_at = :nextAttemptAt, waiting_since = coalesce(waiting_since, :now),
                               status_changed_at = :now
                        where delivery_id = :deliveryId""")
                .param("deliveryId", deliveryId)
                .param("error", error)
                .param("now", Timestamp.from(now))
                .param("nextAttemptAt", Timestamp.from(nextAttemptAt))
                .update();
    }

    /** Given up: the last attempt failed, or no attempt can ever succeed. */
    public void markDead(UUID deliveryId, String error, Instant now, boolean attempted) {
        jdbc.sql("""
                        update delivery set status = 'DEAD', attempts = attempts + :attempted,
                               refusals = refusals + :attempted, last_error = :error, next_attempt_at = null,
                               waiting_since = null, status_changed_at = :now
                        where delivery_id = :deliveryId""")
                .param("deliveryId", deliveryId)
                .param("error", error)
                .param("now", Timestamp.from(now))
                .param("attempted", attempted ? 1 : 0)
                .update();
    }

    public void markQueuedForPrint(UUID deliveryId, Instant now) {
        jdbc.sql("""
                        update delivery set status = 'QUEUED_FOR_PRINT', attempts = attempts + 1, last_error = null,
                               next_attempt_at = null, waiting_since = null, status_changed_at = :now
                        where delivery_id = :deliveryId""")
                .param("deliveryId", deliveryId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** A dead letter sent back to the retry job by operations: a fresh series of attempts, due now. */
    public boolean revive(UUID deliveryId, Instant now) {
        return jdbc.sql("""
                        update delivery set status = 'FAILED', attempts = 0, refusals = 0, next_attempt_at = :now,
                               status_changed_at = :now
                        where delivery_id = :deliveryId and status = 'DEAD'""")
                .param("deliveryId", deliveryId)
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /**
     * Suppresses every message about the complaint that is not sent yet (being tried, or waiting in the
     * print queue): its personal data is gone, so it must not go out.
     *
     * @return the ids of the messages suppressed now
     */
    public List<UUID> suppressUnsent(UUID complaintId, SuppressionReason reason, Instant now) {
        return jdbc.sql("""
                        update delivery set status = 'SUPPRESSED', suppression_reason = :reason, next_attempt_at = null,
                               last_error = null, waiting_since = null, status_changed_at = :now
                        where complaint_id = :complaintId and status in ('PENDING', 'FAILED', 'QUEUED_FOR_PRINT')
                        returning delivery_id""")
                .param("complaintId", complaintId)
                .param("reason", reason.description())
                .param("now", Timestamp.from(now))
                .query(UUID.class)
                .list();
    }

    /**
     * Deletes the sealed addresses and contents of every message about the complaint (its member's data
     * was erased); what was sent, when and how stays. Idempotent.
     *
     * @return how many messages had some
     */
    public int removePersonalData(UUID complaintId) {
        return jdbc.sql("""
                        update delivery set recipient_sealed = null, text_sealed = null, html_sealed = null
                        where complaint_id = :complaintId
                          and (recipient_sealed is not null or text_sealed is not null or html_sealed is not null)""")
                .param("complaintId", complaintId)
                .update();
    }

    /**
     * The declined submissions (no complaint: their messages are of the given types) whose first message
     * was made before {@code cutoff} and of which some sealed address or content is still kept.
     */
    public List<UUID> stillHoldingPersonalData(List<NotificationType> types, Instant cutoff, int limit) {
        return jdbc.sql("""
                        select complaint_id from delivery
                        where type in (:types)
                          and (recipient_sealed is not null or text_sealed is not null or html_sealed is not null)
                        group by complaint_id
                        having min(created_at) < :cutoff
                        order by min(created_at) limit :limit""")
                .param("types", types.stream().map(Enum::name).toList())
                .param("cutoff", Timestamp.from(cutoff))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    /** Every message about the complaint, oldest first. */
    public List<Delivery> ofComplaint(UUID complaintId) {
        return jdbc.sql("select " + COLUMNS + " from delivery where complaint_id = :complaintId order by created_at, delivery_id")
                .param("complaintId", complaintId)
                .query(ROW)
                .list();
    }

    /** The messages whose next attempt is due, oldest due first. */
    public List<UUID> due(Instant now, int limit) {
        return jdbc.sql("""
                        select delivery_id from delivery
                        where status in ('PENDING', 'FAILED') and next_attempt_at <= :now
                        order by next_attempt_at limit :limit""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(UUID.class)
                .list();
    }

    /** The messages whose current status the complaint's timeline has not heard of yet. */
    public List<Delivery> unpublished(int limit) {
        return jdbc.sql("select " + COLUMNS + """
                         from delivery
                        where published_status is distinct from status
                          and status in ('SENT', 'QUEUED_FOR_PRINT', 'DEAD', 'SUPPRESSED')
                        order by status_changed_at limit :limit""")
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    /** Notes that the timeline heard of {@code status}, unless the delivery moved on since. */
    public void markPublished(UUID deliveryId, DeliveryStatus status) {
        jdbc.sql("update delivery set published_status = :status where delivery_id = :deliveryId and status = :status")
                .param("deliveryId", deliveryId)
                .param("status", status.name())
                .update();
    }

    /** The dead letters, most recent first. */
    public List<Delivery> dead(int limit) {
        return jdbc.sql("select " + COLUMNS + " from delivery where status = 'DEAD' order by status_changed_at desc limit :limit")
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    /** The messages waiting for an unavailable mail server: how many, since when, and the oldest's creation. */
    public ServerDownWait waitingForMailServer() {
        return jdbc.sql("""
                        select count(*) as waiting, min(waiting_since) as since, min(created_at) as oldest
                        from delivery
                        where waiting_since is not null and status in ('PENDING', 'FAILED')""")
                .query((row, i) -> new ServerDownWait(row.getLong("waiting"), instant(row, "since"),
                        instant(row, "oldest")))
                .single();
    }

    public long count(DeliveryStatus status) {
        return jdbc.sql("select count(*) from delivery where status = :status")
                .param("status", status.name())
                .query(Long.class)
                .single();
    }

    private static String value(SealedText sealed) {
        return sealed == null ? null : sealed.value();
    }

    private static SealedText sealed(String value) {
        return value == null ? null : SealedText.of(value);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /**
     * @param waiting how many messages wait for the mail server
     * @param since   when the first of them found it unavailable; null when none waits
     * @param oldest  when the oldest of them was recorded; null when none waits
     */
    public record ServerDownWait(long waiting, Instant since, Instant oldest) {
    }

    /** Seals a rendered message's parts with the complaint's key. */
    @FunctionalInterface
    public interface ContentSealer {

        String TEXT = "notification.text";
        String HTML = "notification.html";
        /**
         * For a message that holds nothing personal ({@link NotificationType#carriesPersonalData()}): kept as
         * written, read back with {@link #asWritten(SealedText)}.
         */
        ContentSealer AS_WRITTEN = (field, text) -> text == null || text.isBlank() ? null : SealedText.of(text);

        SealedText seal(String field, String text);

        /** The text of a message kept {@link #AS_WRITTEN}. */
        static String asWritten(SealedText kept) {
            return kept == null ? null : kept.value();
        }
    }
}
