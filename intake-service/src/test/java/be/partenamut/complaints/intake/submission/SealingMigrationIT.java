package be.partenamut.complaints.intake.submission;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.intake.IntakeIntegrationTest;
import be.partenamut.complaints.localstack.infra.PostgresServer;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
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
 * A database written before sealing (schema version 1 messages, SHA-256 of the request) keeps no
 * personal data in clear once migrated, and still answers a repeat of a registered submission.
 */
class SealingMigrationIT extends IntakeIntegrationTest {

    @Test
    void dropsThePersonalDataOfSubmissionsStoredBeforeSealing() throws Exception {
        String database = "intake_migration_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("create database " + database).update();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                SharedInfrastructure.postgres().jdbcUrl(database), PostgresServer.USER, "", true);
        try {
            JdbcClient old = JdbcClient.create(dataSource);
            Flyway.configure().dataSource(dataSource).target("1").load().migrate();
            UUID published = UUID.randomUUID();
            UUID pending = UUID.randomUUID();
            insertBeforeSealing(old, published, "PUBLISHED", "PL-2025-000041");
            insertBeforeSealing(old, pending, "PENDING", "PL-2025-000042");

            Flyway.configure().dataSource(dataSource).load().migrate();

            List<String> rows = old.sql("select s::text from submission s").query(String.class).list();
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0)).contains(published.toString(), "PL-2025-000041")
                    .doesNotContain("100000042", "Anna", "Janssens", "anna.janssens", "kinesitherapie", "knee");
            assertThat(old.sql("select request_fingerprint from submission").query(String.class).optional()).isEmpty();
            String message = old.sql("select message::text from submission").query(String.class).single();
            ComplaintSubmitted readable = json.readValue(message, ComplaintSubmitted.class);
            assertThat(readable.metadata().complaintId()).isEqualTo(published);
            assertThat(readable.file().reference()).isEqualTo("PL-2025-000041");
            assertThat(readable.file().member().language()).isEqualTo(Language.NL);
            assertThat(readable.file().member().memberNumber()).isNull();
            assertThat(readable.file().subject()).isNull();
            assertThat(readable.file().description()).isNull();
        } finally {
            dataSource.destroy();
            jdbc.sql("drop database if exists " + database).update();
        }
    }

    private void insertBeforeSealing(JdbcClient database, UUID complaintId, String status, String reference) {
        String receivedAt = "2025-11-20T09:15:00Z";
        JsonNode message = read("""
                {"type":"ComplaintSubmitted",
                 "metadata":{"messageId":"%s","complaintId":"%s","occurredAt":"%s","schemaVersion":1,
                             "correlationId":"before-sealing","causationId":null},
                 "reference":"%s","channel":"WEB_FORM",
                 "member":{"memberNumber":"100000042","firstName":"Anna","lastName":"Janssens",
                           "email":"anna.janssens@example.be","language":"nl"},
                 "category":"REIMBURSEMENT","subject":"Terugbetaling kinesitherapie",
                 "description":"Na mijn knee-operatie werd niets terugbetaald.","receivedAt":"%s"}"""
                .formatted(UUID.randomUUID(), complaintId, receivedAt, reference, receivedAt));
        database.sql("""
                        insert into submission (submission_id, idempotency_key, complaint_id, reference, request_hash,
                                                status, message, created_at)
                        values (:id, :key, :complaintId, :reference, :hash, :status, cast(:message as jsonb), :createdAt)""")
                .param("id", UUID.fromString(message.at("/metadata/messageId").asText()))
                .param("key", "key-" + complaintId)
                .param("complaintId", complaintId)
                .param("reference", reference)
                .param("hash", "0".repeat(64))
                .param("status", status)
                .param("message", write(message))
                .param("createdAt", Timestamp.from(Instant.parse(receivedAt)))
                .update();
    }
}
