package be.partenamut.complaints.notification.complaint;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.SubmissionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The facts of each complaint, as its events tell them. Every change is idempotent: a redelivered or
 * replayed event leaves the file as it was.
 */
@Repository
public class ComplaintFiles {

    private final JdbcClient jdbc;

    public ComplaintFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Opens the complaint's file; one already open stays as it is (a file opened before channel and category were
     * kept gets them).
     *
     * @param channel  how the complaint reached the insurer; null when the event does not say
     * @param category its code in the intake catalogue; null when the event does not say
     * @param kind     a complaint or a suggestion
     */
    public void open(UUID complaintId, String reference, Language language, Channel channel, String category,
                     Instant receivedAt, LocalDate firstLineDueDate, SubmissionKind kind, Instant now) {
        jdbc.sql("""
                        insert into complaint_file (complaint_id, reference, language, channel, category, received_at,
                                                    first_line_due_date, kind, recorded_at)
                        values (:complaintId, :reference, :language, :channel, :category, :receivedAt, :dueDate, :kind,
                                :now)
                        on conflict (complaint_id) do update
                           set received_at = coalesce(complaint_file.received_at, excluded.received_at),
                               first_line_due_date = coalesce(complaint_file.first_line_due_date, excluded.first_line_due_date),
                               channel = coalesce(complaint_file.channel, excluded.channel),
                               category = coalesce(complaint_file.category, excluded.category)""")
                .param("complaintId", complaintId)
                .param("reference", reference)
                .param("language", language.code())
                .param("channel", channel == null ? null : channel.name())
                .param("category", category)
                .param("kind", SubmissionKind.orDefault(kind).name())
                .param("receivedAt", receivedAt == null ? null : Timestamp.from(receivedAt))
                .param("dueDate", firstLineDueDate == null ? null : Date.valueOf(firstLineDueDate))
                .param("now", Timestamp.from(now))
                .update();
    }

    public Optional<ComplaintFile> of(UUID complaintId) {
        return jdbc.sql("""
                        select complaint_id, reference, language, received_at, first_line_due_date, department,
                               first_line_answered_at, escalated_at, complaints_service_due_date,
                               complaints_service_answered_at, kind
                        from complaint_file where complaint_id = :complaintId""")
                .param("complaintId", complaintId)
                .query((row, i) -> file(row))
                .optional();
    }

    /** The department in charge of the complaint; empty when the complaint is unknown or not routed yet. */
    public Optional<String> departmentOf(UUID complaintId) {
        return jdbc.sql("select department from complaint_file where complaint_id = :complaintId and department is not null")
                .param("complaintId", complaintId)
                .query(String.class)
                .optional();
    }

    public void route(UUID complaintId, String department) {
        jdbc.sql("update complaint_file set department = :department where complaint_id = :complaintId")
                .param("complaintId", complaintId)
                .param("department", department)
                .update();
    }

    public void answered(UUID complaintId, AnsweringLine line, Instant at) {
        String column = line == AnsweringLine.COMPLAINTS_SERVICE ? "complaints_service_answered_at"
                : "first_line_answered_at";
        jdbc.sql("update complaint_file set " + column + " = coalesce(" + column + ", :at) where complaint_id = :complaintId")
                .param("complaintId", complaintId)
                .param("at", Timestamp.from(at))
                .update();
    }

    public void escalated(UUID complaintId, Instant at, LocalDate dueDate) {
        jdbc.sql("""
                        update complaint_file set escalated_at = coalesce(escalated_at, :at),
                               complaints_service_due_date = coalesce(complaints_service_due_date, :dueDate)
                        where complaint_id = :complaintId""")
                .param("complaintId", complaintId)
                .param("at", Timestamp.from(at))
                .param("dueDate", dueDate == null ? null : Date.valueOf(dueDate))
                .update();
    }

    /**
     * Records that an officer sent the member an interim message for the complaints service's line (the first one
     * is kept: a redelivery or a later one changes nothing).
     */
    public void interimMessageSent(UUID complaintId, UUID eventId) {
        jdbc.sql("""
                        update complaint_file
                           set complaints_service_interim_event = coalesce(complaints_service_interim_event, :eventId)
                         where complaint_id = :complaintId""")
                .param("complaintId", complaintId)
                .param("eventId", eventId)
                .update();
    }

    /** Whether the member was sent an interim message about the complaints service's result. */
    public boolean interimMessageSent(UUID complaintId) {
        return jdbc.sql("select complaints_service_interim_event is not null from complaint_file"
                        + " where complaint_id = :complaintId")
                .param("complaintId", complaintId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /**
     * Claims the line's delay notice for the SLA event {@code eventId}: the first event to claim it
     * keeps it, so the member gets one delay notice per line, and a redelivery of that same event
     * still finds it its own.
     *
     * @return whether the notice belongs to this event
     */
    public boolean claimDelayNotice(UUID complaintId, AnsweringLine line, UUID eventId) {
        String column = line == AnsweringLine.COMPLAINTS_SERVICE ? "complaints_service_delay_event"
                : "first_line_delay_event";
        return jdbc.sql("update complaint_file set " + column + " = coalesce(" + column + ", :eventId)"
                        + " where complaint_id = :complaintId returning " + column)
                .param("complaintId", complaintId)
                .param("eventId", eventId)
                .query(UUID.class)
                .optional()
                .map(eventId::equals)
                .orElse(false);
    }

    private static ComplaintFile file(ResultSet row) throws SQLException {
        return new ComplaintFile(
                row.getObject("complaint_id", UUID.class),
                row.getString("reference"),
                Language.fromCode(row.getString("language")),
                instant(row, "received_at"),
                date(row, "first_line_due_date"),
                row.getString("department"),
                instant(row, "first_line_answered_at"),
                instant(row, "escalated_at"),
                date(row, "complaints_service_due_date"),
                instant(row, "complaints_service_answered_at"),
                SubmissionKind.valueOf(row.getString("kind")));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static LocalDate date(ResultSet row, String column) throws SQLException {
        Date value = row.getDate(column);
        return value == null ? null : value.toLocalDate();
    }
}
