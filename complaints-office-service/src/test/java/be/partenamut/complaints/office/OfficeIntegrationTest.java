package be.partenamut.complaints.office;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintFileBuilder;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.contracts.routing.DepartmentAssigned;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.TokenClient;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.office.complaint.messaging.ComplaintEventPublisher;
import be.partenamut.complaints.office.complaint.upcasting.RetiredDeliveryRecordsUpcaster;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.testsupport.BearerAuth;
import be.partenamut.complaints.testsupport.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The complaints office on a real PostgreSQL, a real Kafka broker and the real identity provider, shared by
 * every test of this JVM. Staff call it with the provider's access tokens ({@link #as}); its clock is a
 * {@link MutableClock}, which also decides when a token has expired.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MutableClock.Configuration.class)
public abstract class OfficeIntegrationTest {

    protected static final Duration WAIT = Duration.ofSeconds(60);
    /** The department of the demo user {@code agent}. */
    protected static final String AGENTS_DEPARTMENT = "HEALTHCARE_REIMBURSEMENTS";

    protected final TopicClient topics = new TopicClient(SharedInfrastructure.kafka().bootstrapServers());
    protected final TokenClient tokens = SharedInfrastructure.identityProvider().tokens();

    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected TestRestTemplate http;
    @Autowired
    protected PersonalData personalData;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected EventStore eventStore;
    @Autowired
    protected EventProcessingConfiguration eventProcessing;
    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.springProperties("office", false).forEach((key, value) -> registry.add(key, () -> value));
        SharedInfrastructure.identityProvider().springProperties().forEach((key, value) -> registry.add(key, () -> value));
        // No analytics-service runs beside the office's tests, whatever may listen on its usual port here: the
        // figures page says the figures are unavailable (its figures are shown by the system tests).
        registry.add("complaints.office.analytics-url", () -> "http://127.0.0.1:9");
    }

    /** A submission as intake publishes it (personal fields sealed in the key vault), for a new complaint. */
    protected ComplaintSubmitted submission() {
        return submission(memberNumber(), "Sophie", "Peeters", "sophie.peeters@example.be",
                "Terugbetaling kinesitherapie", "Mijn terugbetaling van 12 oktober is nog steeds niet uitgevoerd.");
    }

    protected ComplaintSubmitted submission(String memberNumber, String firstName, String lastName, String email,
                                            String subject, String description) {
        UUID complaintId = UUID.randomUUID();
        PersonalData.Sealer sealer = personalData.newComplaint(complaintId, memberNumber);
        return new ComplaintSubmitted(
                MessageMetadata.of(UUID.randomUUID(), complaintId, Instant.now(), "corr-" + complaintId, null),
                ComplaintFileBuilder.sample()
                        .reference("PL-2026-" + String.format("%06d", Math.abs(complaintId.hashCode() % 1_000_000)))
                        .channel(Channel.WEB_FORM)
                        .member(new MemberContact(sealer.subjectId(), sealer.seal(PersonalFields.MEMBER_NUMBER, memberNumber),
                                sealer.seal(PersonalFields.FIRST_NAME, firstName),
                                sealer.seal(PersonalFields.LAST_NAME, lastName),
                                sealer.seal(PersonalFields.EMAIL, email), Language.NL))
                        .category("REIMBURSEMENT").subject(sealer.seal(PersonalFields.SUBJECT, subject))
                        .description(sealer.seal(PersonalFields.DESCRIPTION, description))
                        .product(null).agency(null).receivedAt(Instant.now()).firstLineDueDate(null)
                        .possibleDuplicateOf(null).build());
    }

    /** A member number of its own for each test, so tests never share a member's key. */
    protected static String memberNumber() {
        return String.valueOf(200_000_000L + (long) (Math.random() * 799_999_999L));
    }

    protected void publish(ComplaintSubmitted submitted) throws Exception {
        topics.send(Topics.SUBMISSIONS, submitted.metadata().complaintId().toString(), json.writeValueAsString(submitted));
    }

    /** A complaint submitted through Kafka, once the office has registered and acknowledged it. */
    protected UUID registered() throws Exception {
        ComplaintSubmitted submitted = submission();
        publish(submitted);
        awaitComplaint(submitted.metadata().complaintId(), c -> "ACKNOWLEDGED".equals(c.get("status").asText()));
        return submitted.metadata().complaintId();
    }

    /**
     * A registered complaint that routing put in the queue of {@link #AGENTS_DEPARTMENT}, the demo
     * {@code agent}'s: agents act only on their own department's complaints.
     */
    protected UUID routed() throws Exception {
        UUID id = registered();
        routeTo(id, AGENTS_DEPARTMENT);
        return id;
    }

    /** Routing puts the complaint in {@code department}'s queue, as it does after a receipt; waits until it is there. */
    protected void routeTo(UUID complaintId, String department) throws Exception {
        DepartmentAssigned assigned = new DepartmentAssigned(
                MessageMetadata.of(UUID.randomUUID(), complaintId, Instant.now(), "corr-" + complaintId, null),
                department, "category-test");
        topics.send(Topics.ROUTING, complaintId.toString(), json.writeValueAsString(assigned));
        awaitComplaint(complaintId, c -> department.equals(c.get("department").asText()));
    }

    /** A complaint in the demo agent's queue that its department has answered (first line). */
    protected UUID answeredByTheFirstLine() throws Exception {
        UUID id = routed();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(asAgent().postForEntity("/api/v1/complaints/" + id + "/first-line-answer",
                new HttpEntity<>("{\"answer\":\"Geregeld.\"}", headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        return id;
    }

    /** The records about one complaint on the dead-letter topic of {@code topic}, read to its end. */
    protected List<TopicClient.Record> deadLetters(String topic, UUID complaintId) {
        return topics.readToEnd(Topics.deadLetter(topic)).stream()
                .filter(record -> complaintId.toString().equals(record.key())).toList();
    }

    /** Waits until the office shows the complaint (to an officer) in a state {@code ready} accepts, and returns it. */
    protected JsonNode awaitComplaint(UUID complaintId, Predicate<JsonNode> ready) {
        AtomicReference<JsonNode> seen = new AtomicReference<>();
        await().atMost(WAIT).untilAsserted(() -> {
            ResponseEntity<String> response = asOfficer().getForEntity("/api/v1/complaints/" + complaintId, String.class);
            assertThat(response.getStatusCode()).as("complaint %s: %s", complaintId, response.getBody())
                    .isEqualTo(HttpStatus.OK);
            seen.set(json.readTree(response.getBody()));
            assertThat(ready.test(seen.get())).as("complaint %s ready; last seen: %s", complaintId, seen.get()).isTrue();
        });
        return seen.get();
    }

    /**
     * The events published for one complaint, in topic order, copies included: read to the topic's end
     * once the relay has published everything stored so far, so nothing it was going to publish is missed.
     * {@code expectedType} must be among them.
     */
    protected List<JsonNode> publishedEvents(UUID complaintId, String expectedType) throws Exception {
        String key = complaintId.toString();
        List<JsonNode> events = new ArrayList<>();
        for (TopicClient.Record record : publishedRecords()) {
            if (key.equals(record.key())) {
                events.add(json.readTree(record.value()));
            }
        }
        assertThat(events).as("events published for complaint %s", complaintId)
                .anySatisfy(event -> assertThat(event.get("type").asText()).isEqualTo(expectedType));
        return events;
    }

    /** Every record on the events topic, read to its end once the relay has published everything stored so far. */
    protected List<TopicClient.Record> publishedRecords() {
        awaitCaughtUp(ComplaintEventPublisher.PROCESSING_GROUP);
        return topics.readToEnd(Topics.EVENTS);
    }

    /**
     * Waits until the tracking processor of {@code processingGroup} has handled every event stored so far:
     * its position reached the last event it handles in the event store as it stands now. (The relay's
     * position moves only once Kafka acknowledged the event; retired events, which the upcaster drops, do
     * not move it, so a store ending with one is caught up at the event before.)
     */
    protected void awaitCaughtUp(String processingGroup) {
        long head = jdbc.sql("select coalesce(max(global_index), -1) from domain_event_entry where payload_type <> :retired")
                .param("retired", RetiredDeliveryRecordsUpcaster.RETIRED_TYPE)
                .query(Long.class).single();
        StreamingEventProcessor processor = processor(processingGroup);
        await().atMost(WAIT).untilAsserted(() -> assertThat(processor.processingStatus().values())
                .as("the segments of %s, which must reach position %d", processingGroup, head)
                .isNotEmpty()
                .allSatisfy(segment -> assertThat(segment.getCurrentPosition().orElse(-1))
                        .isGreaterThanOrEqualTo(head)));
    }

    protected StreamingEventProcessor processor(String processingGroup) {
        return eventProcessing.eventProcessorByProcessingGroup(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new AssertionError("no streaming processor for " + processingGroup));
    }

    /** Requests as demo staff member {@code user} (officer, admin, agent, agent-home-care...), with their access token. */
    protected TestRestTemplate as(String user) {
        return BearerAuth.withBearer(http, tokens.userToken(user));
    }

    protected TestRestTemplate asOfficer() {
        return as("officer");
    }

    /** The demo agent of {@link #AGENTS_DEPARTMENT}. */
    protected TestRestTemplate asAgent() {
        return as("agent");
    }
}
