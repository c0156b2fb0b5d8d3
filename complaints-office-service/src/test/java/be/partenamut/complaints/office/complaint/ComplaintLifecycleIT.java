package be.partenamut.complaints.office.complaint;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.routing.DepartmentAssigned;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.office.OfficeIntegrationTest;
import be.partenamut.complaints.testsupport.BearerAuth;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintLifecycleIT extends OfficeIntegrationTest {

    @Test
    void registersAnAcceptedSubmissionAcknowledgesItAndPublishesBothEvents() throws Exception {
        ComplaintSubmitted submitted = submission();
        UUID id = submitted.metadata().complaintId();

        publish(submitted);

        JsonNode complaint = awaitComplaint(id, c -> "ACKNOWLEDGED".equals(c.get("status").asText()));
        assertThat(complaint.get("reference").asText()).isEqualTo(submitted.file().reference());
        assertThat(complaint.get("channel").asText()).isEqualTo("WEB_FORM");
        assertThat(complaint.at("/member/lastName").asText()).isEqualTo("Peeters");
        assertThat(types(complaint.get("timeline"))).containsExactly("ComplaintReceived", "ComplaintAcknowledged");
        assertThat(complaint.at("/timeline/0/actor").asText()).isEqualTo("intake");

        List<JsonNode> events = publishedEvents(id, "ComplaintAcknowledged");
        assertThat(events).extracting(e -> e.get("type").asText())
                .containsExactly("ComplaintReceived", "ComplaintAcknowledged");
        assertThat(events.get(0).at("/metadata/correlationId").asText()).isEqualTo(submitted.metadata().correlationId());
        assertThat(events.get(0).at("/metadata/causationId").asText())
                .isEqualTo(submitted.metadata().messageId().toString());
        assertThat(events.get(0).at("/file/reference").asText()).isEqualTo(submitted.file().reference());
    }

    @Test
    void registersTheComplaintOfSomeoneWhoIsNotAMember() throws Exception {
        // A prospect, an heir, someone acting for a member: intake accepted it without a member number.
        ComplaintSubmitted submitted = submission(null, "Luc", "Martin", "luc.martin@example.be",
                "Terugbetaling van mijn overleden vader", "De laatste terugbetaling van mijn vader kwam nooit aan.");
        UUID id = submitted.metadata().complaintId();

        publish(submitted);

        JsonNode complaint = awaitComplaint(id, c -> "ACKNOWLEDGED".equals(c.get("status").asText()));
        assertThat(complaint.at("/member/memberNumber").isNull()
                || complaint.at("/member/memberNumber").isMissingNode()).isTrue();
        assertThat(complaint.at("/member/lastName").asText()).isEqualTo("Martin");
        assertThat(complaint.at("/member/email").asText()).isEqualTo("luc.martin@example.be");
        assertThat(complaint.path("unreadableFields").size()).as("nothing unreadable: %s", complaint).isZero();
        assertThat(types(complaint.get("timeline"))).containsExactly("ComplaintReceived", "ComplaintAcknowledged");
    }

    @Test
    void registersASubmissionDeliveredTwiceOnlyOnce() throws Exception {
        ComplaintSubmitted submitted = submission();
        UUID id = submitted.metadata().complaintId();

        publish(submitted);
        publish(submitted);
        awaitComplaint(id, c -> "ACKNOWLEDGED".equals(c.get("status").asText()));
        assertThat(topics.awaitConsumed("complaints-office-service", Topics.SUBMISSIONS, WAIT)).isTrue();

        JsonNode complaint = awaitComplaint(id, c -> true);
        assertThat(types(complaint.get("timeline"))).containsExactly("ComplaintReceived", "ComplaintAcknowledged");
    }

    @Test
    void recordsTheDepartmentDecidedByTheRoutingService() throws Exception {
        UUID id = registered();

        DepartmentAssigned assigned = new DepartmentAssigned(
                MessageMetadata.of(UUID.randomUUID(), id, Instant.now(), "corr-" + id, null),
                "HEALTHCARE_REIMBURSEMENTS", "category-reimbursement");
        topics.send(Topics.ROUTING, id.toString(), json.writeValueAsString(assigned));

        JsonNode complaint = awaitComplaint(id, c -> !c.get("department").isNull());
        assertThat(complaint.get("department").asText()).isEqualTo("HEALTHCARE_REIMBURSEMENTS");
        assertThat(complaint.at("/timeline/2/type").asText()).isEqualTo("ComplaintRouted");
        assertThat(complaint.at("/timeline/2/actor").asText()).isEqualTo("routing");
        JsonNode routed = publishedEvents(id, "ComplaintRouted").get(2);
        assertThat(routed.get("department").asText()).isEqualTo("HEALTHCARE_REIMBURSEMENTS");
        assertThat(routed.get("routingRule").asText()).isEqualTo("category-reimbursement");
    }

    @Test
    void followsAComplaintThroughBothLinesToItsClosure() throws Exception {
        UUID id = routed();
        String base = "/api/v1/complaints/" + id;

        assertThat(post(asAgent(), base + "/first-line-answer", "{\"answer\":\"Uw terugbetaling is uitgevoerd.\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        post(asOfficer(), base + "/escalation", "{\"reason\":\"Ik ben het niet eens.\"}");
        post(asOfficer(), base + "/instruction", "{\"findings\":\"Attest laattijdig verwerkt.\"}");
        post(asOfficer(), base + "/complaints-service-answer",
                "{\"outcome\":\"PARTLY_FOUNDED\",\"answer\":\"De vertraging was niet gerechtvaardigd.\"}");
        post(asOfficer(), base + "/recommendations",
                "{\"department\":\"HEALTHCARE_REIMBURSEMENTS\",\"recommendation\":\"Attesten binnen vijf dagen verwerken.\"}");
        ResponseEntity<String> closed = post(asOfficer(), base + "/closure", "{\"reason\":\"Resultaat meegedeeld.\"}");

        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode complaint = json.readTree(closed.getBody());
        assertThat(complaint.get("status").asText()).isEqualTo("CLOSED");
        assertThat(complaint.at("/firstLineAnswer/answeredBy").asText()).isEqualTo("agent");
        assertThat(complaint.at("/complaintsServiceAnswer/outcome").asText()).isEqualTo("PARTLY_FOUNDED");
        assertThat(complaint.at("/recommendations/0/department").asText()).isEqualTo("HEALTHCARE_REIMBURSEMENTS");
        assertThat(complaint.at("/closure/closedBy").asText()).isEqualTo("officer");
        assertThat(types(complaint.get("timeline"))).containsExactly("ComplaintReceived", "ComplaintAcknowledged",
                "ComplaintRouted", "ComplaintAnswered", "ComplaintEscalated", "ComplaintInstructed", "ComplaintAnswered",
                "RecommendationIssued", "ComplaintClosed");
        assertThat(complaint.get("timeline")).allSatisfy(entry -> assertThat(entry.get("at").isNull()).isFalse());

        assertThat(publishedEvents(id, "ComplaintClosed")).extracting(e -> e.get("type").asText())
                .containsExactly("ComplaintReceived", "ComplaintAcknowledged", "ComplaintRouted", "ComplaintAnswered",
                        "ComplaintEscalated", "ComplaintInstructed", "ComplaintAnswered", "RecommendationIssued",
                        "ComplaintClosed");
    }

    @Test
    void refusesTransitionsThatMakeNoSenseAndChangesNothing() throws Exception {
        UUID id = routed();
        String base = "/api/v1/complaints/" + id;

        ResponseEntity<String> recommendation = post(asOfficer(), base + "/recommendations",
                "{\"department\":\"AGENCIES\",\"recommendation\":\"Mieux informer.\"}");
        ResponseEntity<String> escalation = post(asOfficer(), base + "/escalation", "{\"reason\":\"Pas d'accord.\"}");
        post(asAgent(), base + "/first-line-answer", "{\"answer\":\"Réglé.\"}");
        post(asAgent(), base + "/closure", "{\"reason\":\"Membre satisfait.\"}");
        ResponseEntity<String> answerAfterClosure = post(asAgent(), base + "/first-line-answer", "{\"answer\":\"Encore.\"}");

        assertRefused(recommendation, "complaints-service-not-answered");
        assertRefused(escalation, "first-line-not-answered");
        assertRefused(answerAfterClosure, "complaint-closed");
        JsonNode complaint = awaitComplaint(id, c -> true);
        assertThat(complaint.get("status").asText()).isEqualTo("CLOSED");
        assertThat(types(complaint.get("timeline"))).containsExactly("ComplaintReceived", "ComplaintAcknowledged",
                "ComplaintRouted", "ComplaintAnswered", "ComplaintClosed");
    }

    @Test
    void answersNotFoundForAnUnknownComplaint() {
        ResponseEntity<String> response = asOfficer().getForEntity("/api/v1/complaints/" + UUID.randomUUID(), String.class);
        ResponseEntity<String> command = post(asAgent(), "/api/v1/complaints/" + UUID.randomUUID() + "/first-line-answer",
                "{\"answer\":\"Réglé.\"}");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(command.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void rejectsInvalidStaffInputNamingTheFields() throws Exception {
        UUID id = routed();
        String base = "/api/v1/complaints/" + id;

        ResponseEntity<String> blank = post(asAgent(), base + "/first-line-answer", "{\"answer\":\"  \"}");
        ResponseEntity<String> unknownOutcome = post(asOfficer(), base + "/complaints-service-answer",
                "{\"outcome\":\"MAYBE\",\"answer\":\"...\"}");
        ResponseEntity<String> unknownField = post(asAgent(), base + "/first-line-answer",
                "{\"answer\":\"Réglé.\",\"priority\":\"HIGH\"}");
        ResponseEntity<String> tooLong = post(asAgent(), base + "/first-line-answer",
                "{\"answer\":\"" + "x".repeat(10_001) + "\"}");
        ResponseEntity<String> malformed = post(asAgent(), base + "/first-line-answer", "{\"answer\":");
        ResponseEntity<String> badId = asOfficer().getForEntity("/api/v1/complaints/not-a-uuid", String.class);

        assertBadRequestNaming(blank, "answer");
        assertBadRequestNaming(unknownOutcome, "outcome");
        assertBadRequestNaming(unknownField, "priority");
        assertBadRequestNaming(tooLong, "answer");
        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertBadRequestNaming(badId, "complaintId");
        assertThat(types(awaitComplaint(id, c -> true).get("timeline")))
                .containsExactly("ComplaintReceived", "ComplaintAcknowledged", "ComplaintRouted");
    }

    @Test
    void letsOnlyStaffWithTheRightRoleIn() throws Exception {
        UUID id = registered();
        String base = "/api/v1/complaints/" + id;

        assertThat(http.getForEntity(base, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(BearerAuth.withBearer(http, "not-a-token").getForEntity(base, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("analyst").getForEntity(base, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(asAgent(), base + "/escalation", "{\"reason\":\"...\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(as("admin"), base + "/first-line-answer", "{\"answer\":\"Réglé.\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void deadLettersAnUnreadableSubmissionAndGoesOn() throws Exception {
        String key = UUID.randomUUID().toString();
        topics.send(Topics.SUBMISSIONS, key, "<complaint>not json</complaint>");
        UUID next = registered();

        List<TopicClient.Record> deadLetters = topics.readUntil(Topics.deadLetter(Topics.SUBMISSIONS),
                record -> key.equals(record.key()), WAIT);
        assertThat(deadLetters).anySatisfy(record -> {
            assertThat(record.key()).isEqualTo(key);
            assertThat(record.headers().get("x-exception-message")).contains("not a readable SubmissionMessage");
        });
        assertThat(awaitComplaint(next, c -> true).get("status").asText()).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void deadLettersARoutingDecisionForAComplaintThatDoesNotExist() throws Exception {
        UUID unknown = UUID.randomUUID();
        DepartmentAssigned assigned = new DepartmentAssigned(
                MessageMetadata.of(UUID.randomUUID(), unknown, Instant.now(), "corr-" + unknown, null),
                "AGENCIES", "category-agency");

        topics.send(Topics.ROUTING, unknown.toString(), json.writeValueAsString(assigned));

        assertThat(topics.readUntil(Topics.deadLetter(Topics.ROUTING), r -> unknown.toString().equals(r.key()), WAIT))
                .anySatisfy(record -> assertThat(record.key()).isEqualTo(unknown.toString()));
    }

    private static ResponseEntity<String> post(TestRestTemplate client, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private void assertRefused(ResponseEntity<String> response, String reason) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asText()).endsWith("/transition-refused");
        assertThat(problem.get("reason").asText()).isEqualTo(reason);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    private void assertBadRequestNaming(ResponseEntity<String> response, String field) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("errors")).anySatisfy(error -> assertThat(error.get("field").asText()).isEqualTo(field));
    }

    private static List<String> types(JsonNode timeline) {
        List<String> types = new java.util.ArrayList<>();
        timeline.forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }
}
