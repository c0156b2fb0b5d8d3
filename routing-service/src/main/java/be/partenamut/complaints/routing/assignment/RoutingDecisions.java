package be.partenamut.complaints.routing.assignment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/** The history of routing decisions, oldest first per complaint. */
@Repository
public class RoutingDecisions {

    private final JdbcClient jdbc;

    public RoutingDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(RoutingDecision decision) {
        jdbc.sql("""
                        insert into routing_decision (decision_id, complaint_id, category, department, rule, decided_at)
                        values (:decisionId, :complaintId, :category, :department, :rule, :decidedAt)""")
                .param("decisionId", decision.decisionId())
                .param("complaintId", decision.complaintId())
                .param("category", decision.category())
                .param("department", decision.department())
                .param("rule", decision.rule())
                .param("decidedAt", Timestamp.from(decision.decidedAt()))
                .update();
    }

    public List<RoutingDecision> ofComplaint(UUID complaintId) {
        return jdbc.sql("""
                        select decision_id, complaint_id, category, department, rule, decided_at
                        from routing_decision where complaint_id = :complaintId order by decided_at, decision_id""")
                .param("complaintId", complaintId)
                .query((row, i) -> new RoutingDecision(
                        row.getObject("decision_id", UUID.class),
                        row.getObject("complaint_id", UUID.class),
                        row.getString("category"),
                        row.getString("department"),
                        row.getString("rule"),
                        row.getTimestamp("decided_at").toInstant()))
                .list();
    }
}
