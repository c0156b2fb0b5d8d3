package be.partenamut.complaints.analytics.statistics;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.Outcome;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The projection's rows: one per complaint, one per recommendation. Every write is an upsert, so an
 * event of a complaint whose reception was never seen still counts instead of being lost.
 */
@Repository
public class ComplaintFigures {

    private final JdbcClient jdbc;

    public ComplaintFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a reception; a complaint already known from later events keeps the status they gave it. */
    public void received(UUID complaintId, SubmissionKind kind, Channel channel, String category, LocalDate receivedOn,
                         Instant at) {
        jdbc.sql("""
                        insert into complaint_figure (complaint_id, kind, status, channel, category, received_on, updated_at)
                        values (:complaintId, :kind, :status, :channel, :category, :receivedOn, :at)
                        on conflict (complaint_id) do update set
                            kind = excluded.kind,
                            status = coalesce(complaint_figure.status, excluded.status),
                            channel = excluded.channel,
                            category = excluded.category,
                            received_on = excluded.received_on,
                            updated_at = excluded.updated_at""")
                .param("complaintId", complaintId)
                .param("kind", SubmissionKind.orDefault(kind).name())
                .param("status", ComplaintStatus.RECEIVED.name())
                .param("channel", channel == null ? null : channel.name())
                .param("category", category)
                .param("receivedOn", receivedOn)
                .param("at", Timestamp.from(at))
                .update();
    }

    public void moved(UUID complaintId, ComplaintStatus status, Instant at) {
        jdbc.sql("""
                        insert into complaint_figure (complaint_id, status, updated_at)
                        values (:complaintId, :status, :at)
                        on conflict (complaint_id) do update set
                            status = excluded.status,
                            updated_at = excluded.updated_at""")
                .param("complaintId", complaintId)
                .param("status", status.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    public void escalated(UUID complaintId, Instant at) {
        jdbc.sql("""
                        insert into complaint_figure (complaint_id, status, escalated, updated_at)
                        values (:complaintId, :status, true, :at)
                        on conflict (complaint_id) do update set
                            status = excluded.status,
                            escalated = true,
                            updated_at = excluded.updated_at""")
                .param("complaintId", complaintId)
                .param("status", ComplaintStatus.ESCALATED.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The complaints service's answer, with its finding when it gave one. */
    public void answeredWithOutcome(UUID complaintId, ComplaintStatus status, Outcome outcome, Instant at) {
        jdbc.sql("""
                        insert into complaint_figure (complaint_id, status, outcome, updated_at)
                        values (:complaintId, :status, :outcome, :at)
                        on conflict (complaint_id) do update set
                            status = excluded.status,
                            outcome = coalesce(excluded.outcome, complaint_figure.outcome),
                            updated_at = excluded.updated_at""")
                .param("complaintId", complaintId)
                .param("status", status.name())
                .param("outcome", outcome == null ? null : outcome.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** The department now in charge; a rerouting replaces the previous one. The status does not move. */
    public void routed(UUID complaintId, String department, Instant at) {
        jdbc.sql("""
                        insert into complaint_figure (complaint_id, department, updated_at)
                        values (:complaintId, :department, :at)
                        on conflict (complaint_id) do update set
                            department = excluded.department,
                            updated_at = excluded.updated_at""")
                .param("complaintId", complaintId)
                .param("department", department)
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * Counts a recommendation once per id; one that names no department goes to the department in
     * charge of the complaint.
     */
    public void recommendation(UUID recommendationId, UUID complaintId, String department, Instant at) {
        jdbc.sql("""
                        insert into recommendation_figure (recommendation_id, complaint_id, department, issued_at)
                        values (:recommendationId, :complaintId,
                                coalesce(:department, (select f.department from complaint_figure f
                                                       where f.complaint_id = :complaintId)),
                                :at)
                        on conflict (recommendation_id) do update set
                            issued_at = coalesce(recommendation_figure.issued_at, excluded.issued_at),
                            department = coalesce(recommendation_figure.department, excluded.department)""")
                .param("recommendationId", recommendationId)
                .param("complaintId", complaintId)
                .param("department", department)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** An officer declined the complaint after registration: counted by reason. */
    public void declinedByOfficer(UUID complaintId, DeclineReason reason, Instant at) {
        jdbc.sql("""
                        insert into complaint_figure (complaint_id, declined_reason, updated_at)
                        values (:complaintId, :reason, :at)
                        on conflict (complaint_id) do update set
                            declined_reason = excluded.declined_reason,
                            updated_at = excluded.updated_at""")
                .param("complaintId", complaintId)
                .param("reason", reason.name())
                .param("at", Timestamp.from(at))
                .update();
    }

    /** An officer told the member the complaints service's result is late (each message counts once: deduped). */
    public void interimMessage(UUID complaintId, Instant at) {
        jdbc.sql("""
                        insert into complaint_figure (complaint_id, interim_messages, updated_at)
                        values (:complaintId, 1, :at)
                        on conflict (complaint_id) do update set
                            interim_messages = complaint_figure.interim_messages + 1,
                            updated_at = excluded.updated_at""")
                .param("complaintId", complaintId)
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * A step of a recommendation's follow-up: {@code column} is one of {@code accepted_at}, {@code rejected_at}
     * (an instant) or {@code implemented_on} (a date). Kept as first recorded, and an upsert like the others: a
     * step whose issue was not seen yet still counts, its row completed when the issue arrives.
     */
    private void followUp(UUID recommendationId, UUID complaintId, String department, String column, Object value) {
        jdbc.sql("insert into recommendation_figure (recommendation_id, complaint_id, department, " + column + ")"
                        + " values (:recommendationId, :complaintId, :department, :value)"
                        + " on conflict (recommendation_id) do update set " + column
                        + " = coalesce(recommendation_figure." + column + ", excluded." + column + ")")
                .param("recommendationId", recommendationId)
                .param("complaintId", complaintId)
                .param("department", department)
                .param("value", value)
                .update();
    }

    /** The department accepted the recommendation. */
    public void recommendationAccepted(UUID recommendationId, UUID complaintId, String department, Instant at) {
        followUp(recommendationId, complaintId, department, "accepted_at", Timestamp.from(at));
    }

    /** The department rejected the recommendation. */
    public void recommendationRejected(UUID recommendationId, UUID complaintId, String department, Instant at) {
        followUp(recommendationId, complaintId, department, "rejected_at", Timestamp.from(at));
    }

    /** The department implemented the recommendation on {@code implementedOn}. */
    public void recommendationImplemented(UUID recommendationId, UUID complaintId, String department,
                                          LocalDate implementedOn) {
        followUp(recommendationId, complaintId, department, "implemented_on", implementedOn);
    }

    /** A line missed its due date: counted once per complaint and line. */
    public void slaBreached(UUID complaintId, AnsweringLine line, LocalDate dueDate, Instant at) {
        jdbc.sql("""
                        insert into sla_breach_figure (complaint_id, line, due_date, breached_at)
                        values (:complaintId, :line, :dueDate, :at) on conflict do nothing""")
                .param("complaintId", complaintId).param("line", line.name()).param("dueDate", dueDate)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** A submission the policy does not handle, without anything personal. */
    public void declined(UUID submissionId, Channel channel, String category, Language language, DeclineReason reason,
                         LocalDate declinedOn) {
        jdbc.sql("""
                        insert into declined_submission (submission_id, channel, category, language, reason, declined_on)
                        values (:id, :channel, :category, :language, :reason, :declinedOn) on conflict do nothing""")
                .param("id", submissionId).param("channel", channel == null ? null : channel.name())
                .param("category", category).param("language", language == null ? null : language.code())
                .param("reason", reason.name()).param("declinedOn", declinedOn)
                .update();
    }
}
