package be.partenamut.complaints.office.complaint.query;

import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads the queues that {@link ComplaintQueueProjection} keeps: a page of one queue in its order (the due
 * date of the line in charge, so the overdue come first as their due date is the earliest, then the id),
 * and the counts of every queue (kept by the database beside the queues).
 * <p>
 * Each queue's order has its index (see the migration of {@code complaint_queue}): a page is a range scan
 * from the cursor that stops after its lines, as fast at the end of 100,000 complaints as at their start.
 */
@Component
public class QueueQueries {

    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public QueueQueries(JdbcClient jdbc, PersonalData personalData, WorkingDayCalendar calendar, Clock clock) {
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * @param after where the page starts (the previous page's {@link QueuePage#next}); null for the first
     * @param size  at most this many lines
     */
    public QueuePage page(WorkQueue queue, QueueFilter filter, QueueCursor after, int size) {
        LocalDate today = clock.instant().atZone(calendar.zone()).toLocalDate();
        Statement statement = statement(queue, filter, after, size + 1);
        List<QueuedComplaint> lines = new ArrayList<>(jdbc.sql(statement.sql()).params(statement.params())
                .query((row, number) -> line(row, today))
                .list());
        QueueCursor next = null;
        if (lines.size() > size) {
            lines.remove(size);
            QueuedComplaint last = lines.get(size - 1);
            next = new QueueCursor(last.dueDate(), last.complaintId());
        }
        return new QueuePage(List.copyOf(lines), next);
    }

    /**
     * How PostgreSQL reads the page {@link #page} would read (its {@code EXPLAIN}, text format), to check that
     * each queue's order is read from its index.
     */
    public String plan(WorkQueue queue, QueueFilter filter, QueueCursor after, int size) {
        Statement statement = statement(queue, filter, after, size + 1);
        return String.join("\n", jdbc.sql("explain " + statement.sql()).params(statement.params())
                .query(String.class).list());
    }

    private Statement statement(WorkQueue queue, QueueFilter filter, QueueCursor after, int limit) {
        StringBuilder where = new StringBuilder(scope(queue));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("queue", queue.name());
        if (filter.status() != null) {
            where.append(" and closed = :closed and status = :status");
            params.put("closed", filter.status() == ComplaintStatus.CLOSED);
            params.put("status", filter.status().name());
        } else if (filter.search() == null) {
            where.append(" and closed = false");
        }
        if (filter.sla() != null) {
            where.append(" and sla_state = :sla");
            params.put("sla", filter.sla().name());
        }
        if (filter.channel() != null) {
            where.append(" and channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.category() != null) {
            where.append(" and category = :category");
            params.put("category", filter.category());
        }
        if (filter.search() != null) {
            where.append(" and (reference like :referencePrefix escape '\\'");
            params.put("referencePrefix", likePrefix(filter.search().toUpperCase(Locale.ROOT)));
            where.append(" or member_number_hash = :memberNumberHash");
            params.put("memberNumberHash", personalData.memberNumberSearchHash(filter.search()));
            String name = personalData.nameSearchHash(filter.search());
            if (name != null) {
                where.append(" or last_name_hash = :nameHash or full_name_hash = :nameHash");
                params.put("nameHash", name);
            }
            where.append(")");
        }
        if (after != null) {
            // A row comparison: the index on (…, due_date, complaint_id) starts right after the cursor.
            where.append(" and (due_date, complaint_id) > (:afterDueDate, :afterId)");
            params.put("afterDueDate", Date.valueOf(after.dueDate()));
            params.put("afterId", after.complaintId());
        }
        params.put("limit", limit);
        return new Statement("""
                select complaint_id, reference, status, department, received_at, last_changed_at, channel,
                       category, due_date, sla_state, escalated, closed, kind
                from complaint_queue
                where %s
                order by due_date, complaint_id
                limit :limit""".formatted(where), params);
    }

    /**
     * The complaint with this reference, open or closed, as the office's read model knows it (a complaint
     * received a moment ago may not be in it yet).
     */
    public Optional<UUID> complaintWithReference(String reference) {
        return jdbc.sql("select complaint_id from complaint_queue where reference = :reference")
                .param("reference", reference.trim().toUpperCase(Locale.ROOT))
                .query(UUID.class).optional();
    }

    /**
     * The open complaints of every queue within {@code visible} (one department's queue for an agent, every
     * queue otherwise), by queue and status: read from the counts the database keeps beside the queues
     * ({@code complaint_queue_count}, see its migration), a few rows whatever the number of complaints.
     */
    public QueueCounts counts(WorkQueue visible) {
        Map<WorkQueue, Map<ComplaintStatus, Long>> byQueue = new LinkedHashMap<>();
        jdbc.sql("""
                        select queue, status, complaints
                        from complaint_queue_count
                        where complaints > 0 and %s
                        order by queue, status""".formatted(scope(visible)))
                .param("queue", visible.name())
                .query(row -> {
                    WorkQueue queue = WorkQueue.named(row.getString("queue"));
                    byQueue.computeIfAbsent(queue, q -> new EnumMap<>(ComplaintStatus.class))
                            .merge(ComplaintStatus.valueOf(row.getString("status")), row.getLong("complaints"), Long::sum);
                });
        List<QueueCounts.Count> counts = new ArrayList<>();
        byQueue.forEach((queue, byStatus) -> counts.add(new QueueCounts.Count(queue,
                byStatus.values().stream().mapToLong(Long::longValue).sum(), Map.copyOf(byStatus))));
        return new QueueCounts(List.copyOf(counts));
    }

    /** The queue's own condition, the first column of the index of its order. */
    private static String scope(WorkQueue queue) {
        return queue.kind() == WorkQueue.Kind.EVERY_COMPLAINT ? "true" : "queue = :queue";
    }

    private QueuedComplaint line(ResultSet row, LocalDate today) throws SQLException {
        LocalDate dueDate = row.getDate("due_date").toLocalDate();
        SlaState sla = SlaState.valueOf(row.getString("sla_state"));
        SubmissionKind kind = SubmissionKind.valueOf(row.getString("kind"));
        // A suggestion has no answer deadline: it is never overdue.
        boolean awaitingAnswer = sla != SlaState.ANSWERED && !row.getBoolean("closed") && kind == SubmissionKind.COMPLAINT;
        boolean overdue = awaitingAnswer && (sla == SlaState.BREACHED || today.isAfter(dueDate));
        int workingDaysLeft = today.isAfter(dueDate) ? -calendar.workingDaysBetween(dueDate, today)
                : calendar.workingDaysBetween(today, dueDate);
        String channel = row.getString("channel");
        return new QueuedComplaint(row.getObject("complaint_id", UUID.class), row.getString("reference"),
                ComplaintStatus.valueOf(row.getString("status")), row.getString("department"),
                row.getTimestamp("received_at").toInstant(), row.getTimestamp("last_changed_at").toInstant(),
                channel == null ? null : Channel.valueOf(channel), row.getString("category"), dueDate, sla,
                row.getBoolean("escalated"), overdue, workingDaysLeft, kind);
    }

    private record Statement(String sql, Map<String, Object> params) {
    }

    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
