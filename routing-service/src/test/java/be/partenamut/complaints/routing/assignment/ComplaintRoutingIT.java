package be.partenamut.complaints.routing.assignment;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.ContractSamples;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.routing.RoutingIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintRoutingIT extends RoutingIntegrationTest {

    @Autowired
    RoutingDecisions decisions;

    @Test
    void assignsAReceivedComplaintToTheDepartmentOfItsCategoryAndTellsTheOffice() throws Exception {
        ComplaintReceived received = received("REIMBURSEMENT", todayInBrussels().plusDays(14));

        publish(received);

        JsonNode assigned = awaitRoutingMessage(received.complaintId(), "DepartmentAssigned");
        assertThat(assigned.get("department").asText()).isEqualTo("HEALTHCARE_REIMBURSEMENTS");
        assertThat(assigned.get("routingRule").asText()).isEqualTo("category-reimbursement");
        assertThat(assigned.at("/metadata/correlationId").asText()).isEqualTo(received.metadata().correlationId());
        assertThat(assigned.at("/metadata/causationId").asText())
                .isEqualTo(received.metadata().messageId().toString());
    }

    @Test
    void routesByTheProductTheChannelNamedBeforeTheCategory() throws Exception {
        ComplaintReceived received = received("REIMBURSEMENT", todayInBrussels().plusDays(14), "HOSPITALISATION_PLUS",
                "AGENCY-1080-MOLENBEEK");

        publish(received);

        JsonNode assigned = awaitRoutingMessage(received.complaintId(), "DepartmentAssigned");
        assertThat(assigned.get("department").asText()).isEqualTo("HOSPITALISATION_INSURANCE");
        assertThat(assigned.get("routingRule").asText()).isEqualTo("product-hospitalisation-plus");
    }

    @Test
    void routesAComplaintReceivedAsSchemaVersion2PublishedItByItsProduct() throws Exception {
        UUID complaintId = UUID.randomUUID();
        String published;
        try (InputStream in = getClass().getResourceAsStream(
                "/fixtures/v2/ComplaintReceived-PL-2026-000001.json")) {
            ObjectNode message = (ObjectNode) json.readTree(in);
            // A complaint and a message of this test's own; everything else as the previous version published it.
            ((ObjectNode) message.get("metadata")).put("complaintId", complaintId.toString())
                    .put("messageId", UUID.randomUUID().toString());
            published = json.writeValueAsString(message);
        }

        topics.send(Topics.EVENTS, complaintId.toString(), published);

        JsonNode assigned = awaitRoutingMessage(complaintId, "DepartmentAssigned");
        assertThat(assigned.get("department").asText()).isEqualTo("HOSPITALISATION_INSURANCE");
        assertThat(assigned.get("routingRule").asText()).isEqualTo("product-hospitalisation-plus");
    }

    @Test
    void sendsAComplaintOfAnUnmappedCategoryToTheDefaultQueue() throws Exception {
        ComplaintReceived received = received("SOMETHING_NOT_IN_THE_TABLE", todayInBrussels().plusDays(14));

        publish(received);

        JsonNode assigned = awaitRoutingMessage(received.complaintId(), "DepartmentAssigned");
        assertThat(assigned.get("department").asText()).isEqualTo("SERVICE_CENTER");
        assertThat(assigned.get("routingRule").asText()).isEqualTo("default");
    }

    @Test
    void routesARedeliveredEventOnlyOnce() throws Exception {
        ComplaintReceived received = received("HOME_CARE", todayInBrussels().plusDays(14));

        publish(received);
        publish(received);
        awaitRoutingMessage(received.complaintId(), "DepartmentAssigned");
        assertThat(topics.awaitConsumed(GROUP, Topics.EVENTS, WAIT)).isTrue();

        assertThat(decisions.ofComplaint(received.complaintId())).hasSize(1);
        List<JsonNode> published = routingMessages(Topics.ROUTING, received.complaintId());
        assertThat(count(published, "DepartmentAssigned")).isEqualTo(1);
    }

    @Test
    void sendsAnEscalatedComplaintToTheComplaintsServiceAndKeepsTheHistory() throws Exception {
        ComplaintReceived received = received("INCAPACITY_BENEFITS", todayInBrussels().plusDays(14));
        publish(received);
        awaitRoutingMessage(received.complaintId(), "DepartmentAssigned");
        publish(new ComplaintAnswered(next(received.complaintId()), AnsweringLine.FIRST_LINE, null,
                ContractSamples.sealed("answer")));
        ComplaintEscalated escalated = new ComplaintEscalated(next(received.complaintId()),
                ContractSamples.sealed("reason"), Instant.now(), todayInBrussels().plusDays(30));

        publish(escalated);

        JsonNode assigned = topics.readUntil(Topics.ROUTING, record -> isEscalationAssignment(record, received), WAIT)
                .stream().filter(record -> isEscalationAssignment(record, received)).findFirst()
                .map(record -> readTree(record.value()))
                .orElseThrow(() -> new AssertionError("the escalated complaint was not assigned"));
        assertThat(assigned.get("department").asText()).isEqualTo("COMPLAINTS_SERVICE");
        assertThat(assigned.get("routingRule").asText()).isEqualTo("escalation");
        assertThat(assigned.at("/metadata/causationId").asText()).isEqualTo(escalated.metadata().messageId().toString());
        assertThat(decisions.ofComplaint(received.complaintId()))
                .extracting(RoutingDecision::kind, RoutingDecision::department, RoutingDecision::previousDepartment,
                        RoutingDecision::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(RoutingDecision.Kind.RULE, "INCAPACITY_DISABILITY", null,
                                "category-incapacity"),
                        org.assertj.core.groups.Tuple.tuple(RoutingDecision.Kind.ESCALATION, "COMPLAINTS_SERVICE",
                                "INCAPACITY_DISABILITY", "escalation"));
    }

    @Test
    void showsStaffTheRuleDecisionAndTheirRerouteWithWhenWhoAndWhatCausedIt() throws Exception {
        ComplaintReceived received = received("INCAPACITY_BENEFITS", todayInBrussels().plusDays(14));
        publish(received);
        awaitRoutingMessage(received.complaintId(), "DepartmentAssigned");
        // The office records this service's own decision, then staff move the complaint.
        publish(new ComplaintRouted(next(received.complaintId()), "INCAPACITY_DISABILITY", "category-incapacity", null));
        Instant reroutedAt = Instant.parse("2026-12-02T10:15:30Z");
        ComplaintRouted reroute = new ComplaintRouted(
                new be.partenamut.complaints.contracts.MessageMetadata(UUID.randomUUID(), received.complaintId(),
                        reroutedAt, 2, "staff-request-1", "staff-command-42"),
                "AGENCIES", "staff", "INCAPACITY_DISABILITY", "agent");
        publish(reroute);
        publish(reroute);
        assertThat(topics.awaitConsumed(GROUP, Topics.EVENTS, WAIT)).isTrue();

        ResponseEntity<String> anonymous = http.getForEntity(
                "/api/v1/routing/decisions?complaintId=" + received.complaintId(), String.class);
        ResponseEntity<String> officer = as("officer").getForEntity(
                "/api/v1/routing/decisions?complaintId=" + received.complaintId(), String.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode history = json.readTree(officer.getBody());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).get("kind").asText()).isEqualTo("RULE");
        assertThat(history.get(0).get("department").asText()).isEqualTo("INCAPACITY_DISABILITY");
        assertThat(history.get(0).get("rule").asText()).isEqualTo("category-incapacity");
        assertThat(history.get(1).get("kind").asText()).isEqualTo("STAFF_REROUTE");
        assertThat(history.get(1).get("department").asText()).isEqualTo("AGENCIES");
        assertThat(history.get(1).get("previousDepartment").asText()).isEqualTo("INCAPACITY_DISABILITY");
        assertThat(history.get(1).get("rule").asText()).isEqualTo("staff");
        assertThat(Instant.parse(history.get(1).get("decidedAt").asText())).isEqualTo(reroutedAt);
        assertThat(history.get(1).get("causationId").asText()).isEqualTo("staff-command-42");
        assertThat(history.get(1).get("decidedBy").asText()).as("who moved it").isEqualTo("agent");
        assertThat(history.get(0).get("decidedBy").isNull()).as("a rule, not a person").isTrue();
        assertThat(history.get(1).get("sourceMessageId").asText()).isEqualTo(reroute.metadata().messageId().toString());
        // Nothing is published for a reroute: the office made it.
        assertThat(count(routingMessages(Topics.ROUTING, received.complaintId()),
                "DepartmentAssigned")).isEqualTo(1);
    }

    @Test
    void listsTheDepartmentsWithTheirNamesForStaff() throws Exception {
        ResponseEntity<String> anonymous = http.getForEntity("/api/v1/departments", String.class);
        ResponseEntity<String> agent = as("agent").getForEntity("/api/v1/departments", String.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(agent.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode departments = json.readTree(agent.getBody());
        assertThat(departments).extracting(department -> department.get("code").asText()).containsExactly(
                "HEALTHCARE_REIMBURSEMENTS", "INCAPACITY_DISABILITY", "MEMBERSHIP_CONTRIBUTIONS",
                "COMPLEMENTARY_INSURANCE", "HOSPITALISATION_INSURANCE", "HOME_CARE", "AGENCIES", "SERVICE_CENTER",
                "THIRD_PARTY_PAYMENT", "COMPLAINTS_SERVICE");
        JsonNode complaintsService = departments.get(9);
        assertThat(complaintsService.get("nameFr").asText()).isEqualTo("Service des plaintes");
        assertThat(complaintsService.get("nameNl").asText()).isEqualTo("Klachtendienst");
        assertThat(complaintsService.get("nameDe").asText()).isEqualTo("Beschwerdedienst");
    }

    @Test
    void deadLettersAnUnreadableMessageWithTheReasonAndGoesOn() throws Exception {
        String poisonKey = UUID.randomUUID().toString();
        topics.send(Topics.EVENTS, poisonKey, "{ this is not JSON");
        ComplaintReceived next = received("REIMBURSEMENT", todayInBrussels().plusDays(14));
        publish(next);

        List<TopicClient.Record> deadLetters = topics.readUntil(Topics.deadLetter(Topics.EVENTS),
                record -> poisonKey.equals(record.key()), WAIT);
        TopicClient.Record deadLetter = deadLetters.stream().filter(r -> poisonKey.equals(r.key())).findFirst().orElseThrow();
        assertThat(deadLetter.value()).isEqualTo("{ this is not JSON");
        assertThat(deadLetter.headers()).containsKey("x-exception-message");
        assertThat(deadLetter.headers().get("x-original-topic")).isEqualTo(Topics.EVENTS);
        assertThat(awaitRoutingMessage(next.complaintId(), "DepartmentAssigned").get("department").asText())
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

    private static boolean isEscalationAssignment(TopicClient.Record record, ComplaintReceived received) {
        return received.complaintId().toString().equals(record.key()) && record.valueContains("\"escalation\"");
    }

    private JsonNode readTree(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
