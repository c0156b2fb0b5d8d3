package be.partenamut.complaints.intake.escalation;

import be.partenamut.complaints.contracts.SubmissionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The projection of the complaints' statuses ({@code tracked_complaint}), kept up to date from
 * {@code complaints.events.v1}. Each update is idempotent and tolerates events of a complaint
 * arriving before its {@code ComplaintReceived}.
 */
@Repository
public class TrackedComplaints {

    private static final String COLUMNS =
            "complaint_id, reference, data_subject_id, first_line_answered_at, escalated_at, closed_at, received_at,"
                    + " first_line_due_date, kind";

    private final JdbcClient jdbc;

    public TrackedComplaints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param firstLineDueDate the first line's target date, as the complaint's file states it (null when absent) */
    public void received(UUID complaintId, String reference, UUID dataSubjectId, Instant receivedAt,
                         LocalDate firstLineDueDate, SubmissionKind kind) {
        jdbc.sql("""
                        insert into tracked_complaint (complaint_id, reference, data_subject_id, received_at,
                                                       first_line_due_date, kind, updated_at)
                        values (:id, :reference, :subject, :at, :due, :kind, now())
                        on conflict (complaint_id) do update set
                            kind = excluded.kind,
                            reference = coalesce(tracked_complaint.reference, excluded.reference),
                            data_subject_id = coalesce(tracked_complaint.data_subject_id, excluded.data_subject_id),
                            received_at = coalesce(tracked_complaint.received_at, excluded.received_at),
                            first_line_due_date = coalesce(tracked_complaint.first_line_due_date,
                                                           excluded.first_line_due_date),
                            updated_at = now()""")
                .param("id", complaintId)
                .param("reference", reference)
                .param("subject", dataSubjectId)
                .param("at", timestamp(receivedAt))
                .param("due", firstLineDueDate)
                .param("kind", SubmissionKind.orDefault(kind).name())
                .update();
    }

    public void firstLineAnswered(UUID complaintId, Instant at) {
        mark(complaintId, "first_line_answered_at", at);
    }

    public void escalated(UUID complaintId, Instant at) {
        mark(complaintId, "escalated_at", at);
    }

    public void closed(UUID complaintId, Instant at) {
        mark(complaintId, "closed_at", at);
    }

    public Optional<TrackedComplaint> withReference(String reference) {
        return jdbc.sql("select " + COLUMNS + " from tracked_complaint where reference = :reference")
                .param("reference", reference)
                .query(this::read)
                .optional();
    }

    /** The complaint's status, its row locked until the transaction ends: one escalation at a time. */
    public Optional<TrackedComplaint> lock(UUID complaintId) {
        return jdbc.sql("select " + COLUMNS + " from tracked_complaint where complaint_id = :id for update")
                .param("id", complaintId)
                .query(this::read)
                .optional();
    }

    private void mark(UUID complaintId, String column, Instant at) {
        // The column name is one of this class's constants, never input.
        jdbc.sql("insert into tracked_complaint (complaint_id, " + column + ", updated_at) values (:id, :at, now())"
                        + " on conflict (complaint_id) do update set " + column + " = coalesce(tracked_complaint."
                        + column + ", excluded." + column + "), updated_at = now()")
                .param("id", complaintId)
                .param("at", timestamp(at))
                .update();
    }

    private TrackedComplaint read(ResultSet row, int i) throws SQLException {
        return new TrackedComplaint(row.getObject("complaint_id", UUID.class), row.getString("reference"),
                row.getObject("data_subject_id", UUID.class), instant(row.getTimestamp("first_line_answered_at")),
                instant(row.getTimestamp("escalated_at")), instant(row.getTimestamp("closed_at")),
                instant(row.getTimestamp("received_at")), row.getObject("first_line_due_date", LocalDate.class),
                SubmissionKind.valueOf(row.getString("kind")));
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
