package be.partenamut.complaints.routing;

import be.partenamut.complaints.contracts.ComplaintFileBuilder;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.TokenClient;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.support.security.SecurityProperties;
import be.partenamut.complaints.support.security.StaffSecurityConfiguration;
import be.partenamut.complaints.testsupport.BearerAuth;
import be.partenamut.complaints.testsupport.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The routing service on a real PostgreSQL, a real Kafka broker and the real identity provider, shared by every
 * test of this JVM, with its Prometheus endpoint (which Spring Boot's tests leave off unless asked) and a clock
 * tests move. Staff call it with the provider's access tokens ({@link #as}).
 */
@AutoConfigureObservability
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"db-scheduler.polling-interval=PT1S", "complaints.sla.metrics-refresh=PT1S"})
@Import({MutableClock.Configuration.class, RoutingIntegrationTest.RealTimeTokens.class})
public abstract class RoutingIntegrationTest {

    protected static final String GROUP = "routing-service";
    /** A ceiling for what a loaded machine may take: it is waited for only when the test is failing. */
    protected static final Duration WAIT = Duration.ofSeconds(90);
    protected static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    protected final TopicClient topics = new TopicClient(SharedInfrastructure.kafka().bootstrapServers());
    protected final TokenClient tokens = SharedInfrastructure.identityProvider().tokens();

    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected TestRestTemplate http;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.springProperties("routing", false).forEach((key, value) -> registry.add(key, () -> value));
        SharedInfrastructure.identityProvider().springProperties().forEach((key, value) -> registry.add(key, () -> value));
    }

    /**
     * The staff API's token checks, with expiry judged by the real time: the provider signs its tokens by the real
     * time, while this service's clock runs days ahead once a test made deadlines come due (it never goes back,
     * see {@link MutableClock}), and the next test class still calls with fresh tokens.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class RealTimeTokens {

        @Bean
        JwtDecoder realTimeTokenDecoder(SecurityProperties properties) {
            return StaffSecurityConfiguration.tokenDecoder(properties, Clock.systemUTC());
        }
    }

    /**
     * Requests as demo staff member {@code user} (officer, admin, analyst; agent, of HEALTHCARE_REIMBURSEMENTS;
     * agent-home-care...), with their access token.
     */
    protected TestRestTemplate as(String user) {
        return BearerAuth.withBearer(http, tokens.userToken(user));
    }

    /** Today in Brussels by the service's clock, which tests move forward (see {@link MutableClock}). */
    protected LocalDate todayInBrussels() {
        return clock.instant().atZone(BRUSSELS).toLocalDate();
    }

    /** A complaint of {@code category} received now, due by the end of {@code firstLineDueDate}. */
    protected static ComplaintReceived received(String category, LocalDate firstLineDueDate) {
        return received(category, firstLineDueDate, null, null);
    }

    /** A complaint about an insurer's product, recorded by an agency. */
    protected static ComplaintReceived received(String category, LocalDate firstLineDueDate, String product, String agency) {
        UUID complaintId = UUID.randomUUID();
        return new ComplaintReceived(
                MessageMetadata.of(UUID.randomUUID(), complaintId, Instant.now(), "test-" + complaintId, null),
                ComplaintFileBuilder.sample().category(category).product(product).agency(agency)
                        .receivedAt(Instant.now()).firstLineDueDate(firstLineDueDate).possibleDuplicateOf(null).build());
    }

    /** Metadata of a new event of {@code complaintId}. */
    protected static MessageMetadata next(UUID complaintId) {
        return MessageMetadata.of(UUID.randomUUID(), complaintId, Instant.now(), "test-" + complaintId, null);
    }

    protected void publish(ComplaintEvent event) throws Exception {
        publish(Topics.EVENTS, event);
    }

    protected void publish(String topic, ComplaintEvent event) throws Exception {
        topics.send(topic, event.complaintId().toString(), json.writeValueAsString(event));
    }

    /** Waits for the first routing message of {@code type} about the complaint. */
    protected JsonNode awaitRoutingMessage(UUID complaintId, String type) throws Exception {
        return awaitRoutingMessage(Topics.ROUTING, complaintId, type);
    }

    protected JsonNode awaitRoutingMessage(String topic, UUID complaintId, String type) throws Exception {
        String key = complaintId.toString();
        TopicClient.Record record = topics.readUntil(topic,
                        r -> key.equals(r.key()) && r.valueContains("\"type\":\"" + type + "\""), WAIT)
                .stream().filter(r -> key.equals(r.key()) && r.valueContains("\"type\":\"" + type + "\""))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " for complaint " + complaintId));
        return json.readTree(record.value());
    }

    /**
     * Every routing message about the complaint on the topic, read to its end offsets. It proves that
     * something was not published only once the caller waited for whatever could have published it.
     */
    protected List<JsonNode> routingMessages(String topic, UUID complaintId) throws Exception {
        List<JsonNode> messages = new ArrayList<>();
        for (TopicClient.Record record : topics.readToEnd(topic)) {
            if (complaintId.toString().equals(record.key())) {
                messages.add(json.readTree(record.value()));
            }
        }
        return messages;
    }

    protected static long count(List<JsonNode> messages, String type) {
        return messages.stream().filter(message -> type.equals(message.get("type").asText())).count();
    }
}
