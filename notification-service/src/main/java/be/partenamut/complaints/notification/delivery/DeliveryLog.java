package be.partenamut.complaints.notification.delivery;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.SealedText;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every message the service sends, tried to send, or may not send. The unique key (source message id,
 * recipient id, template) is what makes a redelivered or replayed event send nothing twice; the
 * recipient id is a pseudonym and the address is kept sealed, so the log holds nothing personal in clear.
 */
@Repository
public class DeliveryLog {

    private static final String COLUMNS = """
            delivery_id, source_message_id, complaint_id, type, template, language, recipient_id, recipient_sealed,
            subject, status, suppression_reason, attempts, last_error, created_at, sent_at""";

    private static final RowMapper<Delivery> ROW = (row, i) -> new Delivery(
            row.getObject("delivery_id", UUID.class),
            row.getObject("source_message_id", UUID.class),
            row.getObject("complaint_id", UUID.class),
            NotificationType.valueOf(row.getString("type")),
            row.getString("template"),
            Language.fromCode(row.getString("language")),
            row.getString("recipient_id"),
            row.getString("recipient_sealed") == null ? null : SealedText.of(row.getString("recipient_sealed")),
            row.getString("subject"),
            DeliveryStatus.valueOf(row.getString("status")),
            row.getString("suppression_reason"),
            row.getInt("attempts"),
            row.getString("last_error"),
            row.getTimestamp("created_at").toInstant(),
            row.getTimestamp("sent_at") == null ? null : row.getTimestamp("sent_at").toInstant());

    private final JdbcClient jdbc;

    public DeliveryLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the message as {@link DeliveryStatus#PENDING} unless it is recorded already, and returns
     * the recorded one (new, or as a previous delivery of the event left it).
     */
    public Delivery open(OutgoingMail mail, Instant now) {
        jdbc.sql("""
                        insert into delivery (delivery_id, source_message_id, complaint_id, type, template, language,
                                              recipient_id, recipient_sealed, subject, status, attempts, created_at)
                        values (:deliveryId, :sourceMessageId, :complaintId, :type, :template, :language,
                                :recipientId, :recipientSealed, :subject, 'PENDING', 0, :createdAt)
                        on conflict (source_message_id, recipient_id, template) do nothing""")
                .param("deliveryId", UUID.randomUUID())
                .param("sourceMessageId", mail.sourceMessageId())
                .param("complaintId", mail.complaintId())
                .param("type", mail.type().name())
                .param("template", mail.type().template())
                .param("language", mail.language().code())
                .param("recipientId", mail.recipientId())
                .param("recipientSealed", mail.sealedRecipient() == null ? null : mail.sealedRecipient().value())
                .param("subject", mail.content().subject())
                .param("createdAt", Timestamp.from(now))
                .update();
        return find(mail);
    }

    /**
     * Records the message as {@link DeliveryStatus#SUPPRESSED}: new, or in place of a previous attempt
     * that did not get through. A message already sent stays as it is.
     *
     * @return whether it was suppressed now (false when it was already sent or suppressed)
     */
    public boolean suppress(OutgoingMail mail, SuppressionReason reason, Instant now) {
        return jdbc.sql("""
                        insert into delivery (delivery_id, source_message_id, complaint_id, type, template, language,
                                              recipient_id, recipient_sealed, subject, status, suppression_reason,
                                              attempts, created_at)
                        values (:deliveryId, :sourceMessageId, :complaintId, :type, :template, :language,
                                :recipientId, null, :subject, 'SUPPRESSED', :reason, 0, :createdAt)
                        on conflict (source_message_id, recipient_id, template) do update
                           set status = 'SUPPRESSED', suppression_reason = excluded.suppression_reason,
                               recipient_sealed = null, last_error = null
                         where delivery.status not in ('SENT', 'SUPPRESSED')""")
                .param("deliveryId", UUID.randomUUID())
                .param("sourceMessageId", mail.sourceMessageId())
                .param("complaintId", mail.complaintId())
                .param("type", mail.type().name())
                .param("template", mail.type().template())
                .param("language", mail.language().code())
                .param("recipientId", mail.recipientId())
                .param("subject", mail.content().subject())
                .param("reason", reason.description())
                .param("createdAt", Timestamp.from(now))
                .update() == 1;
    }

    /** The delivery recorded for the message. */
    public Delivery find(OutgoingMail mail) {
        return jdbc.sql("select " + COLUMNS + """
                         from delivery
                        where source_message_id = :sourceMessageId and recipient_id = :recipientId and template = :template""")
                .param("sourceMessageId", mail.sourceMessageId())
                .param("recipientId", mail.recipientId())
                .param("template", mail.type().template())
                .query(ROW)
                .single();
    }

    /** The delivery, locked until the current transaction ends, so two consumers never send it both. */
    public Delivery lock(UUID deliveryId) {
        return jdbc.sql("select " + COLUMNS + " from delivery where delivery_id = :deliveryId for update")
                .param("deliveryId", deliveryId)
                .query(ROW)
                .single();
    }

    public void markSent(UUID deliveryId, Instant sentAt) {
        jdbc.sql("""
                        update delivery set status = 'SENT', sent_at = :sentAt, attempts = attempts + 1, last_error = null
                        where delivery_id = :deliveryId""")
                .param("deliveryId", deliveryId)
                .param("sentAt", Timestamp.from(sentAt))
                .update();
    }

    public void markFailed(UUID deliveryId, String error) {
        jdbc.sql("""
                        update delivery set status = 'FAILED', attempts = attempts + 1, last_error = :error
                        where delivery_id = :deliveryId""")
                .param("deliveryId", deliveryId)
                .param("error", error)
                .update();
    }

    /**
     * Deletes the sealed addresses of every message about the complaint (its member's data was
     * erased); what was sent, when and how stays. Idempotent.
     *
     * @return how many messages had one
     */
    public int removeRecipients(UUID complaintId) {
        return jdbc.sql("""
                        update delivery set recipient_sealed = null
                        where complaint_id = :complaintId and recipient_sealed is not null""")
                .param("complaintId", complaintId)
                .update();
    }

    /** Every message about the complaint, oldest first. */
    public List<Delivery> ofComplaint(UUID complaintId) {
        return jdbc.sql("select " + COLUMNS + " from delivery where complaint_id = :complaintId order by created_at, delivery_id")
                .param("complaintId", complaintId)
                .query(ROW)
                .list();
    }
}
