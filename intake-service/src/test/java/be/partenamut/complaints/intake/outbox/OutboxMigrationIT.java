package be.partenamut.complaints.intake.outbox;

import be.partenamut.complaints.intake.IntakeIntegrationTest;
import be.partenamut.complaints.localstack.infra.PostgresServer;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What intake stored but Kafka never acknowledged before the outbox (PENDING, the caller told 503) is
 * published once the outbox is there, with the message id it was stored with; what was published is
 * not published again; an escalation that lost to another of its complaint is forgotten, as a retry
 * of it would have been refused.
 */
class OutboxMigrationIT extends IntakeIntegrationTest {

    @Test
    void movesWhatWasStoredButNeverPublishedIntoTheOutbox() {
        String database = "intake_outbox_migration_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("create database " + database).update();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                SharedInfrastructure.postgres().jdbcUrl(database), PostgresServer.USER, "", true);
        try {
            JdbcClient old = JdbcClient.create(dataSource);
            Flyway.configure().dataSource(dataSource).target("4").load().migrate();
            UUID pendingSubmission = submission(old, "PENDING", "PL-2026-000001", "2026-03-02T09:00:00Z");
            submission(old, "PUBLISHED", "PL-2026-000002", "2026-03-02T09:01:00Z");
            UUID pendingEscalation = escalation(old, UUID.randomUUID(), "PENDING", "2026-03-02T09:02:00Z");
            UUID escalated = UUID.randomUUID();
            escalation(old, escalated, "PUBLISHED", "2026-03-02T09:03:00Z");
            UUID lost = escalation(old, escalated, "PENDING", "2026-03-02T09:04:00Z");

            Flyway.configure().dataSource(dataSource).load().migrate();

            List<String> outbox = old.sql("select message_id::text from outbox_message where published_at is null"
                    + " order by position").query(String.class).list();
            assertThat(outbox).containsExactly(pendingSubmission.toString(), pendingEscalation.toString());
            assertThat(old.sql("select message::text from outbox_message where message_id = :id")
                    .param("id", pendingSubmission).query(String.class).single())
                    .isEqualTo(old.sql("select message::text from submission where submission_id = :id")
                            .param("id", pendingSubmission).query(String.class).single());
            assertThat(old.sql("select count(*) from submission").query(Long.class).single()).isEqualTo(2);
            assertThat(old.sql("select count(*) from escalation_request where request_id = :id").param("id", lost)
                    .query(Long.class).single()).isZero();
            assertThat(old.sql("select count(*) from escalation_request").query(Long.class).single()).isEqualTo(2);
        } finally {
            dataSource.destroy();
            jdbc.sql("drop database if exists " + database).update();
        }
    }

    private static UUID submission(JdbcClient database, String status, String reference, String createdAt) {
        UUID id = UUID.randomUUID();
        UUID complaintId = UUID.randomUUID();
        database.sql("""
                        insert into submission (submission_id, complaint_id, reference, status, message, created_at)
                        values (:id, :complaintId, :reference, :status, cast(:message as jsonb), :createdAt)""")
                .param("id", id).param("complaintId", complaintId).param("reference", reference)
                .param("status", status)
                .param("message", """
                        {"type": "ComplaintSubmitted", "metadata": {"messageId": "%s", "complaintId": "%s",
                         "schemaVersion": 3}, "file": {"reference": "%s"}}""".formatted(id, complaintId, reference))
                .param("createdAt", Timestamp.from(Instant.parse(createdAt)))
                .update();
        return id;
    }

    private static UUID escalation(JdbcClient database, UUID complaintId, String status, String createdAt) {
        UUID id = UUID.randomUUID();
        database.sql("""
                        insert into escalation_request (request_id, complaint_id, reference, status, message, created_at)
                        values (:id, :complaintId, 'PL-2026-000003', :status, cast(:message as jsonb), :createdAt)""")
                .param("id", id).param("complaintId", complaintId).param("status", status)
                .param("message", """
                        {"type": "EscalationRequested", "metadata": {"messageId": "%s", "complaintId": "%s"}}"""
                        .formatted(id, complaintId))
                .param("createdAt", Timestamp.from(Instant.parse(createdAt)))
                .update();
        return id;
    }
}
