package be.partenamut.complaints.notification.staff;

import be.partenamut.complaints.contracts.SubmissionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The complaints waiting for their department's next digest, and the digest that listed each. One entry per
 * {@code ComplaintRouted} event: a redelivered event records nothing more, a reroute moves the complaint from the
 * old department's next digest to the new one's.
 */
@Repository
class DigestEntries {

    private final JdbcClient jdbc;

    DigestEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that the complaint entered the department's queue, unless this routing is recorded already; an
     * earlier routing of the complaint still waiting for its digest is withdrawn (the complaint left that queue).
     *
     * @return whether the routing was recorded now
     */
    boolean record(UUID routingMessageId, UUID complaintId, String department, Instant routedAt, Instant now) {
        withdraw(complaintId, routingMessageId);
        return jdbc.sql("""
                        insert into department_digest_entry (routing_message_id, complaint_id, department, routed_at,
                                                             recorded_at)
                        values (:routingMessageId, :complaintId, :department, :routedAt, :now)
                        on conflict (routing_message_id) do nothing""")
                .param("routingMessageId", routingMessageId)
                .param("complaintId", complaintId)
                .param("department", department)
                .param("routedAt", Timestamp.from(routedAt))
                .param("now", Timestamp.from(now))
                .update() == 1;
    }

    /**
     * Withdraws the complaint from the digest it waits for, unless it waits there by the routing
     * {@code keptRoutingMessageId}: it left that department's queue.
     */
    void withdraw(UUID complaintId, UUID keptRoutingMessageId) {
        jdbc.sql("""
                        delete from department_digest_entry
                        where complaint_id = :complaintId and digest_id is null and routing_message_id <> :kept""")
                .param("complaintId", complaintId)
                .param("kept", keptRoutingMessageId)
                .update();
    }

    /** The departments with complaints waiting for a digest. */
    List<String> departmentsWaiting() {
        return jdbc.sql("select distinct department from department_digest_entry where digest_id is null order by department")
                .query(String.class)
                .list();
    }

    /**
     * The complaints waiting for the department's digest, most urgent first, locked until the current transaction
     * ends; those another instance is listing right now are left to it.
     */
    List<Line> lockWaiting(String department) {
        return jdbc.sql("""
                        select e.routing_message_id, e.complaint_id, f.reference, f.received_at, f.channel, f.category,
                               f.first_line_due_date, f.kind
                        from department_digest_entry e
                        join complaint_file f on f.complaint_id = e.complaint_id
                        where e.department = :department and e.digest_id is null
                        order by f.first_line_due_date nulls last, f.received_at, f.reference
                        for update of e skip locked""")
                .param("department", department)
                .query((row, i) -> line(row))
                .list();
    }

    /** Marks the entries listed by the digest {@code digestId}; in the transaction that records its delivery. */
    int include(List<UUID> routingMessageIds, UUID digestId, Instant now) {
        return jdbc.sql("""
                        update department_digest_entry set digest_id = :digestId, included_at = :now
                        where routing_message_id in (:ids) and digest_id is null""")
                .param("ids", routingMessageIds)
                .param("digestId", digestId)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** How many complaints wait for a digest, all departments together. */
    long waiting() {
        return jdbc.sql("select count(*) from department_digest_entry where digest_id is null")
                .query(Long.class)
                .single();
    }

    private static Line line(ResultSet row) throws SQLException {
        Timestamp receivedAt = row.getTimestamp("received_at");
        Date dueDate = row.getDate("first_line_due_date");
        return new Line(row.getObject("routing_message_id", UUID.class), row.getObject("complaint_id", UUID.class),
                row.getString("reference"), receivedAt == null ? null : receivedAt.toInstant(),
                row.getString("channel"), row.getString("category"), dueDate == null ? null : dueDate.toLocalDate(),
                SubmissionKind.SUGGESTION.name().equals(row.getString("kind")));
    }

    /**
     * A complaint as a digest lists it: facts of the complaint, nothing of its member.
     *
     * @param channel  a {@link be.partenamut.complaints.contracts.Channel} name; null for a complaint recorded
     *                 before channels were kept
     * @param category the intake catalogue's code; null likewise
     * @param suggestion whether the member made a suggestion (no due date), marked as such in the digest
     */
    record Line(UUID routingMessageId, UUID complaintId, String reference, Instant receivedAt, String channel,
                String category, LocalDate dueDate, boolean suggestion) {
    }
}
