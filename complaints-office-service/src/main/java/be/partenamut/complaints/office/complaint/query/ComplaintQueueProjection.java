package be.partenamut.complaints.office.complaint.query;

import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.office.complaint.api.ComplaintLifecycleEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintReceivedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintRoutedEvent;
import be.partenamut.complaints.office.complaint.published.PublishedEvents;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The departments' queues: each complaint's department and status, for the staff's lists. A list may be a
 * moment behind the last command (a tracking processor follows the event store); opening a complaint reads
 * its events and is never behind, and who may act on it is decided by the complaint itself. Every update
 * can be applied again (a replay) with the same result.
 */
@Component
@ProcessingGroup(ComplaintQueueProjection.PROCESSING_GROUP)
public class ComplaintQueueProjection {

    public static final String PROCESSING_GROUP = "complaint-queue";

    private final JdbcClient jdbc;

    public ComplaintQueueProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ComplaintReceivedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                        insert into complaint_queue (complaint_id, reference, status, received_at, last_changed_at)
                        values (:id, :reference, :status, :receivedAt, :at) on conflict do nothing""")
                .param("id", event.complaintId().value())
                .param("reference", event.file().reference())
                .param("status", ComplaintStatus.RECEIVED.name())
                .param("receivedAt", java.sql.Timestamp.from(event.file().receivedAt() != null ? event.file().receivedAt() : at))
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(ComplaintRoutedEvent event, @Timestamp Instant at) {
        jdbc.sql("update complaint_queue set department = :department, last_changed_at = :at where complaint_id = :id")
                .param("department", event.department()).param("at", java.sql.Timestamp.from(at))
                .param("id", event.complaintId().value())
                .update();
    }

    /** Every other event: the status it leads to, by the same rule as everywhere ({@link ComplaintStatus#after}). */
    @EventHandler
    void on(ComplaintLifecycleEvent event, EventMessage<?> message) {
        ComplaintStatus.reachedBy(PublishedEvents.toContract(event, message)).ifPresent(status -> jdbc.sql(
                        "update complaint_queue set status = :status, last_changed_at = :at where complaint_id = :id")
                .param("status", status.name()).param("at", java.sql.Timestamp.from(message.getTimestamp()))
                .param("id", event.complaintId().value())
                .update());
    }

    /**
     * @param department one department's queue; null for every complaint
     * @param status     only complaints in this status; null for all
     * @return the most recently changed first
     */
    public List<QueuedComplaint> list(String department, ComplaintStatus status, int limit) {
        return jdbc.sql("""
                        select complaint_id, reference, status, department, received_at, last_changed_at
                        from complaint_queue
                        where (cast(:department as varchar) is null or department = :department)
                          and (cast(:status as varchar) is null or status = :status)
                        order by last_changed_at desc, complaint_id limit :limit""")
                .param("department", department)
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .query((row, number) -> new QueuedComplaint(row.getObject("complaint_id", UUID.class),
                        row.getString("reference"), ComplaintStatus.valueOf(row.getString("status")),
                        row.getString("department"), row.getTimestamp("received_at").toInstant(),
                        row.getTimestamp("last_changed_at").toInstant()))
                .list();
    }
}
