package be.partenamut.complaints.intake.web;

import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that posts too much is told to wait (429 with Retry-After) before anything is read or
 * stored. Its own service with a small bucket: 3 requests, then 1 a minute.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RateLimitIT {

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.springProperties("intake", false).forEach((key, value) -> registry.add(key, () -> value));
        SharedInfrastructure.identityProvider().springProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("complaints.intake.rate-limit.capacity", () -> "3");
        registry.add("complaints.intake.rate-limit.refill-per-minute", () -> "1");
        // The other tests' service consumes the topics: this one leaves them alone.
        registry.add("spring.cloud.stream.bindings.complaintEvents-in-0.consumer.auto-startup", () -> "false");
        registry.add("spring.cloud.stream.bindings.channelSubmissions-in-0.consumer.auto-startup", () -> "false");
    }

    @Test
    void tellsAClientThatPostsTooMuchToWaitAndKeepsNothing() throws Exception {
        long stored = jdbc.sql("select count(*) from submission").query(Long.class).single();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        // Not a trusted proxy's header: a client cannot make itself another client.
        headers.set("X-Forwarded-For", "198.51.100.23");
        // A channel system's own token: the limit holds per address whoever calls (anonymous callers get 401
        // once under it, and are limited the same).
        headers.setBearerAuth(SharedInfrastructure.identityProvider().tokens().clientToken("service-center"));
        HttpEntity<String> body = new HttpEntity<>("{\"channel\":\"PHONE\"}", headers);

        for (int i = 0; i < 3; i++) {
            assertThat(http.exchange("/api/v1/complaints", HttpMethod.POST, body, String.class).getStatusCode())
                    .isEqualTo(HttpStatus.BAD_REQUEST);
        }
        ResponseEntity<String> limited = http.exchange("/api/v1/complaints", HttpMethod.POST, body, String.class);
        ResponseEntity<String> categories = http.getForEntity("/api/v1/categories", String.class);
        ResponseEntity<String> form = http.exchange("/?lang=fr", HttpMethod.POST,
                new HttpEntity<>("memberNumber=100000001", formHeaders()), String.class);
        ResponseEntity<String> health = http.getForEntity("/actuator/health", String.class);

        assertThat(limited.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(limited.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        long retryAfter = Long.parseLong(limited.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertThat(retryAfter).isBetween(1L, 60L);
        JsonNode problem = json.readTree(limited.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("https://complaints.partenamut.be/problems/rate-limited");
        assertThat(problem.get("correlationId").asText()).isNotBlank();
        assertThat(categories.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(form.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(form.getBody()).contains("Trop de demandes");
        assertThat(health.getStatusCode()).as("operations are never limited").isEqualTo(HttpStatus.OK);
        assertThat(jdbc.sql("select count(*) from submission").query(Long.class).single()).isEqualTo(stored);
    }

    private static HttpHeaders formHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return headers;
    }
}
