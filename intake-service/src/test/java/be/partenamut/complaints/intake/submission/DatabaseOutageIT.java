package be.partenamut.complaints.intake.submission;

import be.partenamut.complaints.intake.IntakeIntegrationTest;
import be.partenamut.complaints.localstack.infra.DatabaseServer;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With its own database away intake cannot store anything, so it accepts nothing: the channel hears
 * so within a second (503, Retry-After), and its retry with the same key registers the complaint once.
 */
class DatabaseOutageIT extends IntakeIntegrationTest {

    @Test
    void answers503WithRetryAfterWithinASecondWhileItsDatabaseIsDownThenRegistersTheRetryOnce() throws Exception {
        Map<String, Object> form = complaint();
        String key = UUID.randomUUID().toString();
        assertThat(post(complaint()).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        ResponseEntity<String> refused;
        Duration waited;
        try {
            intakeDatabaseRefusesConnections(true);
            Instant start = Instant.now();
            refused = post(form, key, null);
            waited = Duration.between(start, Instant.now());
        } finally {
            intakeDatabaseRefusesConnections(false);
        }

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(waited).isLessThan(Duration.ofSeconds(1));
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        JsonNode problem = read(refused.getBody());
        assertThat(problem.get("type").asText())
                .isEqualTo("https://complaints.partenamut.be/problems/submission-not-registered");
        assertThat(problem.get("detail").asText()).contains("same Idempotency-Key");
        assertThat(refused.getBody()).doesNotContain("Exception", "jdbc");

        // As a channel system would: the same request, the same key, until the database is back.
        ResponseEntity<String> retried = await().atMost(WAIT).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500))
                .until(() -> post(form, key, null), response -> response.getStatusCode() != HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(retried.getStatusCode()).as(retried.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        String complaintId = read(retried.getBody()).get("complaintId").asText();
        assertThat(messagesOf(complaintId)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from submission where idempotency_key = :key").param("key", key)
                .query(Long.class).single()).isEqualTo(1);
    }

    /**
     * Intake's PostgreSQL database refuses every connection (and drops those it had), as if its server
     * were gone; the key vault's database stays up. Done from the server's maintenance database.
     */
    private static void intakeDatabaseRefusesConnections(boolean refuse) throws SQLException {
        DatabaseServer postgres = SharedInfrastructure.postgres();
        try (Connection admin = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(),
                postgres.password());
             Statement statement = admin.createStatement()) {
            statement.execute("alter database intake with allow_connections " + !refuse);
            if (refuse) {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = 'intake'");
            }
        }
    }
}
