package be.partenamut.complaints.routing.assignment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The routing history of each complaint in the order it happened (the order of the complaint's events
 * on Kafka, kept by {@code recorded_order}): rule decisions, escalations and staff reroutes.
 */
@Repository
public class RoutingDecisions {

    private static final String COLUMNS = """
            decision_id, complaint_id, kind, category, department, previous_department, rule, decided_at,
            source_message_id, causation_id, decided_by""";

    private final JdbcClient jdbc;

    public RoutingDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(RoutingDecision decision) {
        jdbc.sql("insert into routing_decision (" + COLUMNS + """
                        ) values (:decisionId, :complaintId, :kind, :category, :department, :previousDepartment,
                                  :rule, :decidedAt, :sourceMessageId, :causationId, :decidedBy)""")
                .param("decisionId", decision.decisionId())
                .param("complaintId", decision.complaintId())
                .param("kind", decision.kind().name())
                .param("category", decision.category())
                .param("department", decision.department())
                .param("previousDepartment", decision.previousDepartment())
                .param("rule", decision.rule())
                .param("decidedAt", Timestamp.from(decision.decidedAt()))
                .param("sourceMessageId", decision.sourceMessageId())
                .param("causationId", decision.causationId())
                .param("decidedBy", decision.decidedBy())
                .update();
    }

    public List<RoutingDecision> ofComplaint(UUID complaintId) {
        return jdbc.sql("select " + COLUMNS + """
                         from routing_decision where complaint_id = :complaintId
                        order by recorded_order""")
                .param("complaintId", complaintId)
                .query((row, i) -> read(row))
                .list();
    }

    /** The complaint's most recent step, which names the department now in charge. */
    public Optional<RoutingDecision> latest(UUID complaintId) {
        return jdbc.sql("select " + COLUMNS + """
                         from routing_decision where complaint_id = :complaintId
                        order by recorded_order desc limit 1""")
                .param("complaintId", complaintId)
                .query((row, i) -> read(row))
                .optional();
    }

    private static RoutingDecision read(ResultSet row) throws SQLException {
        return new RoutingDecision(
                row.getObject("decision_id", UUID.class),
                row.getObject("complaint_id", UUID.class),
                RoutingDecision.Kind.valueOf(row.getString("kind")),
                row.getString("category"),
                row.getString("department"),
                row.getString("previous_department"),
                row.getString("rule"),
                row.getTimestamp("decided_at").toInstant(),
                row.getObject("source_message_id", UUID.class),
                row.getString("causation_id"),
                row.getString("decided_by"));
    }
}
