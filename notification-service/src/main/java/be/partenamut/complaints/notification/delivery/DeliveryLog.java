package be.partenamut.complaints.notification.delivery;

import be.partenamut.complaints.contracts.Language;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Every message the service sends or tried to send. The unique key (source message id, recipient,
 * template) is what makes a redelivered or replayed event send nothing twice.
 */
@Repository
public class DeliveryLog {

    private static final String COLUMNS = """
            delivery_id, source_message_id, complaint_id, type, template, language, recipient, subject,
            status, attempts, last_error, created_at, sent_at""";

    private static final RowMapper<Delivery> ROW = (row, i) -> new Delivery(
            row.getObject("delivery_id", UUID.class),
            row.getObject("source_message_id", UUID.class),
            row.getObject("complaint_id", UUID.class),
            NotificationType.valueOf(row.getString("type")),
            row.getString("template"),
            Language.fromCode(row.getString("language")),
            row.getString("recipient"),
            row.getString("subject"),
            DeliveryStatus.valueOf(row.getString("status")),
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
                                              recipient, subject, status, attempts, created_at)
                        values (:deliveryId, :sourceMessageId, :complaintId, :type, :template, :language,
                                :recipient, :subject, 'PENDING', 0, :createdAt)
                        on conflict (source_message_id, recipient, template) do nothing""")
                .param("deliveryId", UUID.randomUUID())
                .param("sourceMessageId", mail.sourceMessageId())
                .param("complaintId", mail.complaintId())
                .param("type", mail.type().name())
                .param("template", mail.type().template())
                .param("language", mail.language().code())
                .param("recipient", mail.recipient())
                .param("subject", mail.content().subject())
                .param("createdAt", Timestamp.from(now))
                .update();
        return jdbc.sql("select " + COLUMNS + """
                         from delivery
                        where source_message_id = :sourceMessageId and recipient = :recipient and template = :template""")
                .param("sourceMessageId", mail.sourceMessageId())
                .param("recipient", mail.recipient())
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

    /** Every message about the complaint, oldest first. */
    public List<Delivery> ofComplaint(UUID complaintId) {
        return jdbc.sql("select " + COLUMNS + " from delivery where complaint_id = :complaintId order by created_at, delivery_id")
                .param("complaintId", complaintId)
                .query(ROW)
                .list();
    }
}
