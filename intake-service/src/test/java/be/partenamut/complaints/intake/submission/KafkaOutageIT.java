package be.partenamut.complaints.intake.submission;

import be.partenamut.complaints.intake.IntakeIntegrationTest;
import be.partenamut.complaints.localstack.infra.MessageBroker;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** With Kafka down nothing is accepted, and a retry with the same key registers the complaint once. */
@ExtendWith(OutputCaptureExtension.class)
class KafkaOutageIT extends IntakeIntegrationTest {

    @Test
    void tellsTheChannelToRetryWhileKafkaIsDownThenRegistersTheRetryOnce(CapturedOutput output) throws Exception {
        Map<String, Object> form = webForm();
        String key = UUID.randomUUID().toString();
        MessageBroker kafka = SharedInfrastructure.kafka();
        post(webForm()); // the producer knows the topic, as it would in production
        long published = publishedSubmissions();

        ResponseEntity<String> refused;
        Duration waited;
        try {
            kafka.stop();
            Instant start = Instant.now();
            refused = post(form, key, null);
            waited = Duration.between(start, Instant.now());
        } finally {
            kafka.start();
        }

        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(waited).isLessThan(Duration.ofSeconds(15));
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        JsonNode problem = read(refused.getBody());
        assertThat(problem.get("type").asText())
                .isEqualTo("https://complaints.partenamut.be/problems/submission-not-registered");
        assertThat(problem.get("detail").asText()).contains("same Idempotency-Key");
        String pendingComplaint = jdbc.sql("select complaint_id from submission where idempotency_key = :key and status = 'PENDING'")
                .param("key", key).query(String.class).single();

        ResponseEntity<String> retried = retryUntilRegistered(form, key);

        assertThat(retried.getStatusCode()).as(retried.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(read(retried.getBody()).get("complaintId").asText()).isEqualTo(pendingComplaint);
        assertThat(messagesOf(pendingComplaint)).hasSize(1);
        assertThat(publishedSubmissions()).isEqualTo(published + 1);
        assertThat(jdbc.sql("select status from submission where idempotency_key = :key")
                .param("key", key).query(String.class).single()).isEqualTo("PUBLISHED");
        assertThat(output.getAll()).doesNotContain((String) form.get("description"), (String) form.get("subject"),
                (String) form.get("email"));
    }

    /**
     * As a channel system would: the same request, the same key, once a second until the service no longer
     * answers that Kafka is unavailable (the broker is being started again).
     */
    private ResponseEntity<String> retryUntilRegistered(Map<String, Object> form, String key) {
        return await().atMost(WAIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1))
                .until(() -> post(form, key, null),
                        response -> response.getStatusCode() != HttpStatus.SERVICE_UNAVAILABLE);
    }
}
