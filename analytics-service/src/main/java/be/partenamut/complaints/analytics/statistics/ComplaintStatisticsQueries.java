package be.partenamut.complaints.analytics.statistics;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.contracts.SubmissionKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts the projection's rows for the statistics endpoint. */
@Repository
public class ComplaintStatisticsQueries {

    private final JdbcClient jdbc;
    private final Clock clock;

    public ComplaintStatisticsQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** All counts from one snapshot, so the breakdowns add up to the total even while events arrive. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ComplaintStatistics statistics(ReceivedPeriod period) {
        // Complaint figures count complaints only; suggestions are counted apart.
        Filter filter = Filter.of(period).ofKind(SubmissionKind.COMPLAINT);
        long total = jdbc.sql("select count(*) from complaint_figure f" + filter.where())
                .params(filter.params()).query(Long.class).single();
        long escalated = jdbc.sql("select count(*) from complaint_figure f" + filter.where("f.escalated"))
                .params(filter.params()).query(Long.class).single();
        return new ComplaintStatistics(
                total,
                withEvery(ComplaintStatus.values(), countBy("f.status", ComplaintStatistics.UNKNOWN, filter)),
                withEvery(Channel.values(), countBy("f.channel", ComplaintStatistics.UNKNOWN, filter)),
                countBy("f.category", ComplaintStatistics.UNKNOWN, filter),
                countBy("f.department", ComplaintStatistics.UNASSIGNED, filter),
                withEvery(Outcome.values(), countBy("f.outcome", null, filter)),
                recommendationsByDepartment(filter),
                escalated,
                withEvery(AnsweringLine.values(), slaBreaches(filter)),
                withEvery(DeclineReason.values(), declined(period)),
                withEvery(new DeclineReason[]{DeclineReason.NOT_ABOUT_OUR_SERVICES, DeclineReason.MEDICAL_ADVISOR},
                        countBy("f.declined_reason", null, filter)),
                jdbc.sql("select coalesce(sum(f.interim_messages), 0) from complaint_figure f" + filter.where())
                        .params(filter.params()).query(Long.class).single(),
                suggestions(Filter.of(period).ofKind(SubmissionKind.SUGGESTION)),
                period.from(),
                period.to(),
                clock.instant(),
                recommendationFollowUp(filter));
    }

    /**
     * @param column   one of this class's own column names, never caller input
     * @param nullsAs  the key for rows without a value, or null to leave them out
     */
    private Map<String, Long> countBy(String column, String nullsAs, Filter filter) {
        String key = nullsAs == null ? column : "coalesce(" + column + ", '" + nullsAs + "')";
        String where = nullsAs == null ? filter.where(column + " is not null") : filter.where();
        return counts(jdbc.sql("select " + key + " as k, count(*) as n from complaint_figure f" + where + " group by 1")
                .params(filter.params()));
    }

    private SuggestionStatistics suggestions(Filter filter) {
        long total = jdbc.sql("select count(*) from complaint_figure f" + filter.where())
                .params(filter.params()).query(Long.class).single();
        return new SuggestionStatistics(total,
                withEvery(Channel.values(), countBy("f.channel", ComplaintStatistics.UNKNOWN, filter)),
                countBy("f.category", ComplaintStatistics.UNKNOWN, filter),
                countBy("f.department", ComplaintStatistics.UNASSIGNED, filter));
    }

    private Map<String, Long> recommendationsByDepartment(Filter filter) {
        // A recommendation whose complaint is not known yet counts, unbounded, as a complaint's (the kind's default).
        String from = filter.bounded()
                ? " from recommendation_figure r join complaint_figure f on f.complaint_id = r.complaint_id"
                : " from recommendation_figure r left join complaint_figure f on f.complaint_id = r.complaint_id";
        return counts(jdbc.sql("select coalesce(r.department, '" + ComplaintStatistics.UNASSIGNED + "') as k,"
                        + " count(*) as n" + from + filter.where() + " group by 1")
                .params(filter.params()));
    }

    /** Issued counts the recommendations whose issue was seen; a follow-up step counts even before it. */
    private Map<String, ComplaintStatistics.RecommendationFollowUp> recommendationFollowUp(Filter filter) {
        // As the issued counts: a step whose complaint is not known yet counts, unbounded, as a complaint's.
        String from = filter.bounded()
                ? " from recommendation_figure r join complaint_figure f on f.complaint_id = r.complaint_id"
                : " from recommendation_figure r left join complaint_figure f on f.complaint_id = r.complaint_id";
        Map<String, ComplaintStatistics.RecommendationFollowUp> followUp = new TreeMap<>();
        jdbc.sql("select coalesce(r.department, '" + ComplaintStatistics.UNASSIGNED + "') as k,"
                        + " count(r.issued_at) as issued, count(r.accepted_at) as accepted,"
                        + " count(r.rejected_at) as rejected, count(r.implemented_on) as implemented,"
                        + " min(r.implemented_on) as first_implemented, max(r.implemented_on) as last_implemented"
                        + from + filter.where() + " group by 1")
                .params(filter.params())
                .query((row, i) -> Map.entry(row.getString("k"), new ComplaintStatistics.RecommendationFollowUp(
                        row.getLong("issued"), row.getLong("accepted"), row.getLong("rejected"),
                        row.getLong("implemented"), row.getObject("first_implemented", LocalDate.class),
                        row.getObject("last_implemented", LocalDate.class))))
                .list()
                .forEach(entry -> followUp.put(entry.getKey(), entry.getValue()));
        return followUp;
    }

    private Map<String, Long> slaBreaches(Filter filter) {
        return counts(jdbc.sql("select b.line as k, count(*) as n from sla_breach_figure b"
                        + " join complaint_figure f on f.complaint_id = b.complaint_id" + filter.where() + " group by 1")
                .params(filter.params()));
    }

    /** Declined submissions are not complaints: the period applies to the day they were declined. */
    private Map<String, Long> declined(ReceivedPeriod period) {
        Filter filter = Filter.of(period);
        String where = filter.where().replace("f.received_on", "d.declined_on");
        return counts(jdbc.sql("select d.reason as k, count(*) as n from declined_submission d" + where + " group by 1")
                .params(filter.params()));
    }

    private static Map<String, Long> counts(JdbcClient.StatementSpec statement) {
        Map<String, Long> counts = new TreeMap<>();
        statement.query((row, i) -> Map.entry(row.getString("k"), row.getLong("n")))
                .list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /** Every value of {@code values} in their natural order, zero when absent, then any other key found. */
    private static Map<String, Long> withEvery(Enum<?>[] values, Map<String, Long> found) {
        Map<String, Long> all = new LinkedHashMap<>();
        Arrays.stream(values).forEach(value -> all.put(value.name(), found.getOrDefault(value.name(), 0L)));
        found.forEach(all::putIfAbsent);
        return all;
    }

    /** The where clause of a received period (and a kind) over {@code complaint_figure f}. */
    private record Filter(List<String> conditions, Map<String, Object> params, boolean bounded) {

        static Filter of(ReceivedPeriod period) {
            List<String> conditions = new ArrayList<>();
            Map<String, Object> params = new LinkedHashMap<>();
            if (period.from() != null) {
                conditions.add("f.received_on >= :from");
                params.put("from", period.from());
            }
            if (period.to() != null) {
                conditions.add("f.received_on <= :to");
                params.put("to", period.to());
            }
            return new Filter(List.copyOf(conditions), params, !conditions.isEmpty());
        }

        /** The same period, over complaints or suggestions only (a left-joined row without a kind is a complaint's). */
        Filter ofKind(SubmissionKind kind) {
            List<String> withKind = new ArrayList<>(conditions);
            withKind.add("coalesce(f.kind, '" + SubmissionKind.COMPLAINT.name() + "') = :kind");
            Map<String, Object> withKindParam = new LinkedHashMap<>(params);
            withKindParam.put("kind", kind.name());
            return new Filter(List.copyOf(withKind), withKindParam, bounded);
        }

        String where(String... more) {
            List<String> all = new ArrayList<>(conditions);
            all.addAll(List.of(more));
            return all.isEmpty() ? "" : " where " + String.join(" and ", all);
        }
    }
}
