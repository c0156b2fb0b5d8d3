package be.partenamut.complaints.office.complaint.query;

import be.partenamut.complaints.office.complaint.api.DepartmentInputGivenEvent;
import be.partenamut.complaints.office.complaint.api.DepartmentInputRequestedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The requests for a department's input, and the complaints each department is asked about and has not yet
 * replied on: an escalated complaint is in the complaints service's queue, not the department's, so the
 * department's queue page lists these apart. Kept with the queues (same tracking processor, so a replay rebuilds
 * both); like them, a moment behind the last command, while the complaint itself decides who may reply.
 * <p>
 * Every update sets values, so an event applied again, or the store replayed, gives the same rows.
 */
@Component
@ProcessingGroup(ComplaintQueueProjection.PROCESSING_GROUP)
public class DepartmentInputProjection {

    private final JdbcClient jdbc;

    public DepartmentInputProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An open request for input on a complaint.
     *
     * @param reference the complaint's reference (the platform's own number, nothing personal)
     */
    public record AwaitedInput(UUID complaintId, String reference, UUID inputRequestId, Instant requestedAt) {
    }

    @EventHandler
    void on(DepartmentInputRequestedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                        insert into complaint_input_request (input_request_id, complaint_id, department, requested_at)
                        values (:request, :complaint, :department, :at)
                        on conflict (input_request_id) do nothing""")
                .param("request", event.inputRequestId())
                .param("complaint", event.complaintId().value())
                .param("department", event.department())
                .param("at", java.sql.Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(DepartmentInputGivenEvent event, @Timestamp Instant at) {
        jdbc.sql("update complaint_input_request set replied_at = :at where input_request_id = :request")
                .param("at", java.sql.Timestamp.from(at))
                .param("request", event.inputRequestId())
                .update();
    }

    /** The open requests for {@code department}'s input on complaints not closed, the oldest first. */
    public List<AwaitedInput> awaitedFrom(String department) {
        return jdbc.sql("""
                        select r.complaint_id, q.reference, r.input_request_id, r.requested_at
                        from complaint_input_request r
                        join complaint_queue q on q.complaint_id = r.complaint_id
                        where r.department = :department and r.replied_at is null and not q.closed
                        order by r.requested_at, r.input_request_id
                        limit 200""")
                .param("department", department)
                .query((row, number) -> new AwaitedInput(row.getObject("complaint_id", UUID.class),
                        row.getString("reference"), row.getObject("input_request_id", UUID.class),
                        row.getTimestamp("requested_at").toInstant()))
                .list();
    }
}
