package be.partenamut.complaints.office.complaint.query;

import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.contracts.deliveries.DeliveryStatus;
import be.partenamut.complaints.contracts.deliveries.DeliveryStatusChanged;
import be.partenamut.complaints.contracts.deliveries.RecipientKind;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/**
 * What became of each message about a complaint, as the notification service reports it: the latest
 * status of each message. The complaint's rules never depend on it, so it is kept beside the event
 * store, not in the complaint's events.
 */
@Component
public class DeliveryStatusProjection {

    private final JdbcClient jdbc;

    public DeliveryStatusProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Keeps {@code changed} unless the message already has a status reached at the same time or later.
     * The order is the status's own time (when the notification service reached it), not the order of
     * arrival: Kafka delivers at least once, the notification service's retry job publishes a status
     * it could not publish at once later, and a dead letter replayed by operations arrives long after
     * newer statuses. Each of them then changes nothing; a redelivered status is the same row again.
     */
    public void record(DeliveryStatusChanged changed) {
        jdbc.sql("""
                        insert into message_delivery_status (notification_id, complaint_id, message_type, recipient,
                                                             channel, status, status_at)
                        values (:notificationId, :complaintId, :messageType, :recipient, :channel, :status, :at)
                        on conflict (notification_id) do update
                            set message_type = excluded.message_type, recipient = excluded.recipient,
                                channel = excluded.channel, status = excluded.status, status_at = excluded.status_at
                            where message_delivery_status.status_at < excluded.status_at""")
                .param("notificationId", changed.notificationId())
                .param("complaintId", changed.metadata().complaintId())
                .param("messageType", changed.messageType())
                .param("recipient", changed.recipient().name())
                .param("channel", changed.channel().name())
                .param("status", changed.status().name())
                .param("at", Timestamp.from(changed.metadata().occurredAt()))
                .update();
    }

    /** The complaint's messages, the one whose status changed last at the end. */
    public List<ComplaintDetails.Message> messagesOf(ComplaintId complaintId) {
        return jdbc.sql("""
                        select notification_id, message_type, recipient, channel, status, status_at
                        from message_delivery_status where complaint_id = :complaintId
                        order by status_at, notification_id""")
                .param("complaintId", complaintId.value())
                .query((row, number) -> new ComplaintDetails.Message(row.getObject("notification_id", UUID.class),
                        row.getString("message_type"), RecipientKind.valueOf(row.getString("recipient")),
                        DeliveryChannel.valueOf(row.getString("channel")), DeliveryStatus.valueOf(row.getString("status")),
                        row.getTimestamp("status_at").toInstant()))
                .list();
    }
}
