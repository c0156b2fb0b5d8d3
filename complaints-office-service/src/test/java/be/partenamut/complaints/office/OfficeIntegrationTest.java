package be.partenamut.complaints.office;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ContractSamples;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.TopicClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/** The complaints office on a real PostgreSQL and a real Kafka broker, shared by every test of this JVM. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class OfficeIntegrationTest {

    protected static final Duration WAIT = Duration.ofSeconds(60);

    protected final TopicClient topics = new TopicClient(SharedInfrastructure.kafka().bootstrapServers());

    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected TestRestTemplate http;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.springProperties("office", false).forEach((key, value) -> registry.add(key, () -> value));
    }

    /** A submission as intake publishes it, for a new complaint. */
    protected static ComplaintSubmitted submission() {
        ComplaintSubmitted sample = ContractSamples.complaintSubmitted();
        UUID complaintId = UUID.randomUUID();
        return new ComplaintSubmitted(
                MessageMetadata.of(UUID.randomUUID(), complaintId, Instant.now(), "corr-" + complaintId, null),
                "PL-2026-" + String.format("%06d", Math.abs(complaintId.hashCode() % 1_000_000)),
                Channel.WEB_FORM, sample.member(), "REIMBURSEMENT", sample.subject(), sample.description(),
                Instant.now());
    }

    protected void publish(ComplaintSubmitted submitted) throws Exception {
        topics.send(Topics.SUBMISSIONS, submitted.metadata().complaintId().toString(), json.writeValueAsString(submitted));
    }

    /** Waits until the office shows the complaint in a state {@code ready} accepts, and returns it. */
    protected JsonNode awaitComplaint(UUID complaintId, Predicate<JsonNode> ready) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            ResponseEntity<String> response = asOfficer().getForEntity("/api/v1/complaints/" + complaintId, String.class);
            if (response.getStatusCode() == HttpStatus.OK) {
                last = json.readTree(response.getBody());
                if (ready.test(last)) {
                    return last;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("complaint " + complaintId + " never got ready; last seen: " + last);
    }

    /** The events published for one complaint, in topic order, once {@code until} matched one. */
    protected List<JsonNode> publishedEvents(UUID complaintId, String untilType) throws Exception {
        String key = complaintId.toString();
        List<TopicClient.Record> records = topics.readUntil(Topics.EVENTS,
                record -> key.equals(record.key()) && record.valueContains("\"type\":\"" + untilType + "\""), WAIT);
        List<JsonNode> events = new java.util.ArrayList<>();
        for (TopicClient.Record record : records) {
            if (key.equals(record.key())) {
                events.add(json.readTree(record.value()));
            }
        }
        return events;
    }

    protected TestRestTemplate asOfficer() {
        return http.withBasicAuth("officer", "demo");
    }

    protected TestRestTemplate asAgent() {
        return http.withBasicAuth("agent", "demo");
    }
}
