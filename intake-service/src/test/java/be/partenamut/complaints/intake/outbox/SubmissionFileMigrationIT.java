package be.partenamut.complaints.intake.outbox;

import be.partenamut.complaints.contracts.ComplaintFile;
import be.partenamut.complaints.intake.IntakeIntegrationTest;
import be.partenamut.complaints.localstack.infra.PostgresServer;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Submissions stored as schema version 2 wrote them (the file's fields flat, {@code fixtures/v2}) are, once
 * migrated, read with their whole file, answer a repeat with their receipt, and are still found as a
 * member's earlier complaints in a category.
 */
class SubmissionFileMigrationIT extends IntakeIntegrationTest {

    private static final List<String> FILE_FIELDS = List.of("reference", "channel", "member", "category", "subject",
            "description", "product", "agency", "receivedAt", "firstLineDueDate", "possibleDuplicateOf");

    @Test
    void nestsTheFileOfEverySubmissionStoredBeforeIt() throws Exception {
        String database = "intake_file_migration_" + UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("create database " + database).update();
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
                SharedInfrastructure.postgres().jdbcUrl(database), PostgresServer.USER, "", true);
        try {
            JdbcClient old = JdbcClient.create(dataSource);
            Flyway.configure().dataSource(dataSource).target("3").load().migrate();
            List<JsonNode> written = new ArrayList<>();
            for (JsonNode row : fixture("intake-submission")) {
                insertAsStored(old, row);
                written.add(row.get("message"));
            }
            JsonNode beforeDueDate = fixture("ComplaintSubmitted-before-due-date-product-agency");
            insertAsStored(old, rowOf(beforeDueDate));
            written.add(beforeDueDate);

            Flyway.configure().dataSource(dataSource).load().migrate();

            Submissions submissions = new Submissions(old, json);
            for (JsonNode message : written) {
                String reference = message.get("reference").asText();
                StoredSubmission stored = submissions.withReference(reference).orElseThrow();
                assertSameFile(stored.message().file(), message);
                assertThat(stored.message().metadata().messageId().toString())
                        .isEqualTo(message.at("/metadata/messageId").asText());
                assertThat(stored.receipt().reference()).isEqualTo(reference);
            }
            StoredSubmission first = submissions.withReference("PL-2026-000001").orElseThrow();
            assertThat(first.message().file().product()).isEqualTo("HOSPITALISATION_PLUS");
            assertThat(first.receipt().answerDueBy()).hasToString("2026-12-12");
            // The same member's two complaints in the category, the later one first.
            assertThat(submissions.recentOfSubject(UUID.fromString("0f9ec3e1-e1f8-4a94-a215-a436ac6b5ace"),
                    "REIMBURSEMENT", Instant.parse("2026-01-01T00:00:00Z"), 5))
                    .extracting(Submissions.Earlier::complaintId)
                    .containsExactly(UUID.fromString("9d26e4b8-36b0-4850-a5a3-fbbf29f85343"),
                            UUID.fromString("08ec9eac-ba83-4a3b-a7bb-696059579e0c"));
        } finally {
            dataSource.destroy();
            jdbc.sql("drop database if exists " + database).update();
        }
    }

    /** Each property of the file as written flat reads into the file, a missing one as null. */
    private void assertSameFile(ComplaintFile file, JsonNode written) {
        ObjectNode asRead = json.valueToTree(file);
        for (String field : FILE_FIELDS) {
            JsonNode expected = written.has(field) ? written.get(field) : json.nullNode();
            assertThat(asRead.get(field)).as(field).isEqualTo(expected);
        }
    }

    /** A row for a message captured from the topic (as intake stored what it published). */
    private JsonNode rowOf(JsonNode message) {
        ObjectNode row = json.createObjectNode();
        row.put("submission_id", message.at("/metadata/messageId").asText());
        row.put("complaint_id", message.at("/metadata/complaintId").asText());
        row.put("reference", message.get("reference").asText());
        row.put("status", "PUBLISHED");
        row.set("message", message);
        row.put("created_at", message.get("receivedAt").asText());
        return row;
    }

    private void insertAsStored(JdbcClient database, JsonNode row) {
        database.sql("""
                        insert into submission (submission_id, idempotency_key, complaint_id, reference,
                                                request_fingerprint, status, message, created_at)
                        values (:id, :key, :complaintId, :reference, :fingerprint, :status, cast(:message as jsonb),
                                :createdAt)""")
                .param("id", UUID.fromString(row.get("submission_id").asText()))
                .param("key", row.path("idempotency_key").isTextual() ? row.get("idempotency_key").asText() : null)
                .param("complaintId", UUID.fromString(row.get("complaint_id").asText()))
                .param("reference", row.get("reference").asText())
                .param("fingerprint", row.path("request_fingerprint").isTextual()
                        ? row.get("request_fingerprint").asText() : null)
                .param("status", row.get("status").asText())
                .param("message", row.get("message").toString())
                .param("createdAt", Timestamp.from(OffsetDateTime.parse(row.get("created_at").asText()).toInstant()))
                .update();
    }

    private JsonNode fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/v2/" + name + ".json")) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return json.readTree(in);
        }
    }
}
