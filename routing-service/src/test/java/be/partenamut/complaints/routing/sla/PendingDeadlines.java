package be.partenamut.complaints.routing.sla;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The SLA deadlines of a complaint that db-scheduler still holds in {@code scheduled_tasks}: what may
 * yet raise a warning or a breach. A deadline leaves the table when it is cancelled, or once its handler
 * has run (and published what it raised), so a complaint with none left can raise nothing more.
 */
final class PendingDeadlines {

    /** A deadline still held: when it comes due, and whether a scheduler thread is running it now. */
    record Deadline(Instant dueAt, boolean firing) {
    }

    private final JdbcClient jdbc;

    PendingDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The complaint's deadlines: their stored payload names the complaint. */
    List<Deadline> of(UUID complaintId) {
        return jdbc.sql("""
                        select execution_time, picked from scheduled_tasks
                        where task_name = 'AxonDeadline' and position(convert_to(:complaintId, 'UTF8') in task_data) > 0
                        order by execution_time""")
                .param("complaintId", complaintId.toString())
                .query((row, number) -> new Deadline(row.getTimestamp("execution_time").toInstant(),
                        row.getBoolean("picked")))
                .list();
    }
}
