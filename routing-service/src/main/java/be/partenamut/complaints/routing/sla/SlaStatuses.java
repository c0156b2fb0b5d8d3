package be.partenamut.complaints.routing.sla;

import be.partenamut.complaints.contracts.AnsweringLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Table {@code sla_status}: each line's period of each complaint, with the department in charge and
 * its state; {@code open} while the line has not answered. Kept by the SLA saga in the same
 * transaction as the saga itself; read by the operations gauges.
 */
@Repository
public class SlaStatuses {

    private final JdbcClient jdbc;

    public SlaStatuses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void open(UUID complaintId, AnsweringLine line, String department, LocalDate dueDate, Instant now) {
        jdbc.sql("""
                        insert into sla_status (complaint_id, line, department, due_date, state, open, updated_at)
                        values (:complaintId, :line, :department, :dueDate, 'ON_TIME', true, :now)
                        on conflict (complaint_id, line) do nothing""")
                .param("complaintId", complaintId)
                .param("line", line.name())
                .param("department", department)
                .param("dueDate", Date.valueOf(dueDate))
                .param("now", Timestamp.from(now))
                .update();
    }

    /**
     * Moves the line to {@code state} unless it is there already (or past it).
     *
     * @return the department in charge, when the state changed
     */
    public Optional<String> mark(UUID complaintId, AnsweringLine line, SlaState state, Instant now) {
        return jdbc.sql("""
                        update sla_status set state = :state, updated_at = :now
                        where complaint_id = :complaintId and line = :line and state <> :state
                          and not (state = 'BREACHED' and :state = 'WARNED')
                        returning department""")
                .param("complaintId", complaintId)
                .param("line", line.name())
                .param("state", state.name())
                .param("now", Timestamp.from(now))
                .query(String.class)
                .optional();
    }

    public void close(UUID complaintId, AnsweringLine line, Instant now) {
        jdbc.sql("""
                        update sla_status set open = false, updated_at = :now
                        where complaint_id = :complaintId and line = :line and open""")
                .param("complaintId", complaintId)
                .param("line", line.name())
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Staff moved the complaint: the lines still open are now in {@code department}'s hands. */
    public void reassign(UUID complaintId, String department, Instant now) {
        jdbc.sql("""
                        update sla_status set department = :department, updated_at = :now
                        where complaint_id = :complaintId and open""")
                .param("complaintId", complaintId)
                .param("department", department)
                .param("now", Timestamp.from(now))
                .update();
    }

    public Optional<Status> find(UUID complaintId, AnsweringLine line) {
        return jdbc.sql("""
                        select complaint_id, line, department, due_date, state, open from sla_status
                        where complaint_id = :complaintId and line = :line""")
                .param("complaintId", complaintId)
                .param("line", line.name())
                .query((row, i) -> new Status(row.getObject("complaint_id", UUID.class),
                        AnsweringLine.valueOf(row.getString("line")), row.getString("department"),
                        row.getDate("due_date").toLocalDate(), SlaState.valueOf(row.getString("state")),
                        row.getBoolean("open")))
                .optional();
    }

    /** How many lines are open, by state and department. */
    public List<OpenCount> openCounts() {
        return jdbc.sql("""
                        select state, department, count(*) as open_count from sla_status where open
                        group by state, department""")
                .query((row, i) -> new OpenCount(SlaState.valueOf(row.getString("state")),
                        row.getString("department"), row.getLong("open_count")))
                .list();
    }

    public record Status(UUID complaintId, AnsweringLine line, String department, LocalDate dueDate, SlaState state,
                         boolean open) {
    }

    public record OpenCount(SlaState state, String department, long count) {
    }
}
