package be.partenamut.complaints.intake.submission;

import be.partenamut.complaints.intake.IntakeIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the key vault no personal data can be sealed, so nothing is accepted: the channel is told
 * to retry, nothing is stored or published, and the retry registers the complaint once.
 */
@ExtendWith(OutputCaptureExtension.class)
class KeyVaultOutageIT extends IntakeIntegrationTest {

    @Test
    void tellsTheChannelToRetryWhileTheKeyVaultIsDownAndKeepsNothing(CapturedOutput output) {
        Map<String, Object> form = with(complaint(), "memberNumber", anotherMemberNumber());
        String key = UUID.randomUUID().toString();
        long stored = storedSubmissions();
        long published = publishedSubmissions();

        ResponseEntity<String> refused;
        try {
            keyVaultDatabaseRefusesConnections(true);
            refused = post(form, key, null);
        } finally {
            keyVaultDatabaseRefusesConnections(false);
        }

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        JsonNode problem = read(refused.getBody());
        assertThat(problem.get("type").asText())
                .isEqualTo("https://complaints.partenamut.be/problems/submission-not-registered");
        assertThat(problem.get("detail").asText()).contains("same Idempotency-Key");
        assertThat(refused.getBody()).doesNotContain("Exception", "keyvault");
        assertThat(storedSubmissions()).isEqualTo(stored);
        assertThat(publishedSubmissions()).isEqualTo(published);
        assertThat(jdbc.sql("select count(*) from submission where idempotency_key = :key").param("key", key)
                .query(Long.class).single()).isZero();

        ResponseEntity<String> retried = post(form, key, null);

        assertThat(retried.getStatusCode()).as(retried.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(messagesOf(read(retried.getBody()).get("complaintId").asText())).hasSize(1);
        assertThat(storedSubmissions()).isEqualTo(stored + 1);
        assertThat(publishedSubmissions()).isEqualTo(published + 1);
        assertThat(output.getAll()).contains("Key vault unreachable").doesNotContain((String) form.get("memberNumber"),
                (String) form.get("description"), (String) form.get("subject"), (String) form.get("email"));
    }

    /**
     * The vault's PostgreSQL database refuses every connection (and drops those it had), as if its
     * server were gone; intake's own database stays up.
     */
    private void keyVaultDatabaseRefusesConnections(boolean refuse) {
        jdbc.sql("alter database keyvault with allow_connections " + !refuse).update();
        if (refuse) {
            jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where datname = 'keyvault'")
                    .query((row, i) -> row.getBoolean(1)).list();
        }
    }
}
