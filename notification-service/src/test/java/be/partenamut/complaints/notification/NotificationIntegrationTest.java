package be.partenamut.complaints.notification;

import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.SmtpServer;
import be.partenamut.complaints.localstack.infra.TokenClient;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.testsupport.BearerAuth;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notification service on a real PostgreSQL, a real Kafka broker, a real SMTP server (GreenMail) and the
 * real identity provider, shared by every test of this JVM. Staff call it with the provider's access tokens
 * ({@link #as}).
 *
 * <p>Departments hear of each new complaint by its own mail here ({@code department-mail=EACH}): these tests
 * follow one complaint's messages, the department's included. The default, a daily digest, is
 * {@code staff.DepartmentDigestIT}'s, in a context of its own (one context per consumer group: two contexts
 * in the same group would share the topic's partitions, and each would see only some of a test's events).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaints.notification.department-mail=EACH")
public abstract class NotificationIntegrationTest {

    protected static final String GROUP = "notification-service";
    /** A ceiling, not a pause: generous, as a loaded machine needs. */
    protected static final Duration WAIT = Duration.ofSeconds(90);

    protected final TopicClient topics = new TopicClient(SharedInfrastructure.kafka().bootstrapServers());
    protected final SmtpServer smtp = SharedInfrastructure.smtp();
    protected final TokenClient tokens = SharedInfrastructure.identityProvider().tokens();

    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected TestRestTemplate http;
    /** Seals the test events' personal fields, and erases or expires them, through the shared key vault. */
    @Autowired
    protected PersonalData personalData;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.springProperties("notification", true).forEach((key, value) -> registry.add(key, () -> value));
        // A database that refuses connections fails an attempt within seconds, not Hikari's default 30 s.
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
        // The same for the key vault (its own pool), instead of 5 s.
        registry.add("complaints.personal-data.vault.connection-timeout", () -> "2s");
        SharedInfrastructure.identityProvider().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /**
     * Requests as demo staff member {@code user} (officer, admin, analyst; agent, of HEALTHCARE_REIMBURSEMENTS;
     * agent-home-care...), with their access token.
     */
    protected TestRestTemplate as(String user) {
        return BearerAuth.withBearer(http, tokens.userToken(user));
    }

    /** Publishes the event as the complaints office does: JSON, keyed by complaint id. */
    protected void publish(ComplaintEvent event) throws JsonProcessingException {
        topics.send(Topics.EVENTS, event.complaintId().toString(), json.writeValueAsString(event));
    }

    /** Waits until everything published on the events topic so far was processed or dead-lettered. */
    protected void awaitAllConsumed() {
        assertThat(topics.awaitConsumed(GROUP, Topics.EVENTS, WAIT)).as("events consumed").isTrue();
    }

    /** The statuses published about the complaint on the deliveries topic, once {@code expected} of them are there. */
    protected List<JsonNode> awaitStatuses(UUID complaintId, int expected) {
        return Awaitility.await("%d statuses of complaint %s".formatted(expected, complaintId)).atMost(WAIT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> statusesOf(complaintId), statuses -> statuses.size() >= expected);
    }

    /** The statuses published about the complaint so far. */
    protected List<JsonNode> statusesOf(UUID complaintId) throws JsonProcessingException {
        String key = complaintId.toString();
        List<JsonNode> statuses = new ArrayList<>();
        for (TopicClient.Record record : topics.readToEnd(Topics.DELIVERIES)) {
            if (key.equals(record.key())) {
                statuses.add(json.readTree(record.value()));
            }
        }
        return statuses;
    }

    /** What staff see of the complaint's messages: an agent of the department in charge, or of any before routing. */
    protected JsonNode notificationsOf(UUID complaintId) throws JsonProcessingException {
        ResponseEntity<String> response = as("agent")
                .getForEntity("/api/v1/notifications?complaintId=" + complaintId, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
