package be.partenamut.complaints.routing.assignment;

import be.partenamut.complaints.contracts.ContractSamples;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.routing.RoutingIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintRoutingIT extends RoutingIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    ObjectMapper json;
    @Autowired
    TestRestTemplate http;
    @Autowired
    RoutingDecisions decisions;

    @Test
    void assignsAReceivedComplaintToTheDepartmentOfItsCategoryAndTellsTheOffice() throws Exception {
        ComplaintReceived received = received("REIMBURSEMENT");

        publish(received);

        JsonNode assigned = routingMessageFor(received.complaintId());
        assertThat(assigned.get("type").asText()).isEqualTo("DepartmentAssigned");
        assertThat(assigned.get("department").asText()).isEqualTo("HEALTHCARE_REIMBURSEMENTS");
        assertThat(assigned.get("routingRule").asText()).isEqualTo("category-reimbursement");
        assertThat(assigned.at("/metadata/correlationId").asText()).isEqualTo(received.metadata().correlationId());
        assertThat(assigned.at("/metadata/causationId").asText())
                .isEqualTo(received.metadata().messageId().toString());
    }

    @Test
    void sendsAComplaintOfAnUnmappedCategoryToTheDefaultQueue() throws Exception {
        ComplaintReceived received = received("SOMETHING_NOT_IN_THE_TABLE");

        publish(received);

        JsonNode assigned = routingMessageFor(received.complaintId());
        assertThat(assigned.get("department").asText()).isEqualTo("SERVICE_CENTER");
        assertThat(assigned.get("routingRule").asText()).isEqualTo("default");
    }

    @Test
    void routesARedeliveredEventOnlyOnce() throws Exception {
        ComplaintReceived received = received("HOME_CARE");

        publish(received);
        publish(received);
        routingMessageFor(received.complaintId());
        assertThat(topics.awaitConsumed(GROUP, Topics.EVENTS, WAIT)).isTrue();

        assertThat(decisions.ofComplaint(received.complaintId())).hasSize(1);
        List<TopicClient.Record> published = topics.readAll(Topics.ROUTING, Duration.ofSeconds(2)).stream()
                .filter(record -> received.complaintId().toString().equals(record.key())).toList();
        assertThat(published).hasSize(1);
    }

    @Test
    void deadLettersAnUnreadableMessageWithTheReasonAndGoesOn() throws Exception {
        String poisonKey = UUID.randomUUID().toString();
        topics.send(Topics.EVENTS, poisonKey, "{ this is not JSON");
        ComplaintReceived next = received("REIMBURSEMENT");
        publish(next);

        List<TopicClient.Record> deadLetters = topics.readUntil(Topics.deadLetter(Topics.EVENTS),
                record -> poisonKey.equals(record.key()), WAIT);
        TopicClient.Record deadLetter = deadLetters.stream().filter(r -> poisonKey.equals(r.key())).findFirst().orElseThrow();
        assertThat(deadLetter.value()).isEqualTo("{ this is not JSON");
        assertThat(deadLetter.headers()).containsKey("x-exception-message");
        assertThat(deadLetter.headers().get("x-original-topic")).isEqualTo(Topics.EVENTS);
        assertThat(routingMessageFor(next.complaintId()).get("department").asText())
                .isEqualTo("HEALTHCARE_REIMBURSEMENTS");
    }

    @Test
    void deadLettersAnEventWithoutMetadata() {
        String key = UUID.randomUUID().toString();
        topics.send(Topics.EVENTS, key, "{\"type\":\"ComplaintReceived\",\"category\":\"REIMBURSEMENT\"}");

        List<TopicClient.Record> deadLetters = topics.readUntil(Topics.deadLetter(Topics.EVENTS),
                record -> key.equals(record.key()), WAIT);

        assertThat(deadLetters).anySatisfy(record -> {
            assertThat(record.key()).isEqualTo(key);
            assertThat(record.headers().get("x-exception-message")).contains("no metadata");
        });
    }

    @Test
    void showsStaffEveryDecisionWithTheRuleThatMadeIt() throws Exception {
        ComplaintReceived received = received("INCAPACITY_BENEFITS");
        publish(received);
        routingMessageFor(received.complaintId());

        ResponseEntity<String> anonymous = http.getForEntity(
                "/api/v1/routing/decisions?complaintId=" + received.complaintId(), String.class);
        ResponseEntity<String> officer = http.withBasicAuth("officer", "demo").getForEntity(
                "/api/v1/routing/decisions?complaintId=" + received.complaintId(), String.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode list = json.readTree(officer.getBody());
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("department").asText()).isEqualTo("INCAPACITY_DISABILITY");
        assertThat(list.get(0).get("rule").asText()).isEqualTo("category-incapacity");
    }

    private ComplaintReceived received(String category) {
        ComplaintReceived sample = ContractSamples.complaintReceived();
        UUID complaintId = UUID.randomUUID();
        return new ComplaintReceived(
                MessageMetadata.of(UUID.randomUUID(), complaintId, Instant.now(), "test-" + complaintId, null),
                sample.reference(), sample.channel(), sample.member(), category, sample.subject(),
                sample.description(), sample.receivedAt());
    }

    private void publish(ComplaintReceived received) throws Exception {
        topics.send(Topics.EVENTS, received.complaintId().toString(), json.writeValueAsString(received));
    }

    private JsonNode routingMessageFor(UUID complaintId) throws Exception {
        TopicClient.Record record = topics.readUntil(Topics.ROUTING, r -> complaintId.toString().equals(r.key()), WAIT)
                .stream().filter(r -> complaintId.toString().equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no routing decision for " + complaintId));
        return json.readTree(record.value());
    }
}
