package be.partenamut.complaints.office.casework;

import be.partenamut.complaints.office.OfficeIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second line works with the service concerned, independently, through the public API with real tokens, the
 * real event store and Kafka: the complaints service asks a department for its input, that department's agent
 * replies, both are on the complaint and its timeline and published; once escalated, the first-line department
 * and the department asked may read the complaint but not act on it.
 */
class DepartmentInputIT extends OfficeIntegrationTest {

    private static final String FIRST_LINE = AGENTS_DEPARTMENT;
    private static final String FIRST_LINE_AGENT = "agent";
    private static final String ASKED = "HOME_CARE";
    private static final String ASKED_AGENT = "agent-home-care";
    private static final String UNRELATED_AGENT = "agent-agencies";

    @Test
    void theComplaintsServiceAsksADepartmentWhichRepliesAndBothAreOnTheTimelineAndPublished() throws Exception {
        UUID id = escalatedToTheComplaintsService();

        ResponseEntity<String> asked = post(asOfficer(), path(id) + "/input-requests",
                "{\"department\":\"" + ASKED + "\",\"question\":\"Is het attest van 14 oktober bij u toegekomen?\"}");

        assertThat(asked.getStatusCode()).as(asked.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode afterRequest = json.readTree(asked.getBody());
        JsonNode request = afterRequest.at("/inputRequests/0");
        String requestId = request.get("inputRequestId").asText();
        assertThat(asked.getHeaders().getLocation()).hasToString(path(id) + "/input-requests/" + requestId);
        assertThat(request.get("department").asText()).isEqualTo(ASKED);
        assertThat(request.get("question").asText()).isEqualTo("Is het attest van 14 oktober bij u toegekomen?");
        assertThat(request.get("requestedBy").asText()).isEqualTo("officer");
        assertThat(request.get("open").asBoolean()).isTrue();
        assertThat(request.get("reply").isNull()).isTrue();

        // The department asked reads the complaint, now in the complaints service's queue, and replies.
        assertThat(as(ASKED_AGENT).getForEntity(path(id), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> replied = post(as(ASKED_AGENT), path(id) + "/input-requests/" + requestId + "/reply",
                "{\"reply\":\"Ja, ontvangen op 14 oktober en verwerkt op 18 november.\"}");

        assertThat(replied.getStatusCode()).as(replied.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode complaint = json.readTree(replied.getBody());
        JsonNode answered = complaint.at("/inputRequests/0");
        assertThat(answered.get("open").asBoolean()).isFalse();
        assertThat(answered.get("reply").asText()).isEqualTo("Ja, ontvangen op 14 oktober en verwerkt op 18 november.");
        assertThat(answered.get("repliedBy").asText()).isEqualTo(ASKED_AGENT);
        assertThat(answered.get("repliedAt").isNull()).isFalse();
        assertThat(complaint.get("status").asText()).as("asking is part of the instruction").isEqualTo("ESCALATED");
        JsonNode timeline = complaint.get("timeline");
        JsonNode requestedEntry = timeline.get(timeline.size() - 2);
        JsonNode givenEntry = timeline.get(timeline.size() - 1);
        assertThat(requestedEntry.get("type").asText()).isEqualTo("DepartmentInputRequested");
        assertThat(requestedEntry.get("department").asText()).isEqualTo(ASKED);
        assertThat(requestedEntry.get("actor").asText()).isEqualTo("officer");
        assertThat(givenEntry.get("type").asText()).isEqualTo("DepartmentInputGiven");
        assertThat(givenEntry.get("department").asText()).isEqualTo(ASKED);
        assertThat(givenEntry.get("actor").asText()).isEqualTo(ASKED_AGENT);

        // Published on complaints.events.v1, the texts sealed.
        List<JsonNode> published = publishedEvents(id, "DepartmentInputGiven");
        JsonNode requestedEvent = only(published, "DepartmentInputRequested");
        JsonNode givenEvent = only(published, "DepartmentInputGiven");
        assertThat(requestedEvent.get("inputRequestId").asText()).isEqualTo(requestId);
        assertThat(requestedEvent.get("department").asText()).isEqualTo(ASKED);
        assertThat(requestedEvent.get("question").asText()).startsWith("pd1.").doesNotContain("attest");
        assertThat(givenEvent.get("inputRequestId").asText()).isEqualTo(requestId);
        assertThat(givenEvent.get("department").asText()).isEqualTo(ASKED);
        assertThat(givenEvent.get("reply").asText()).startsWith("pd1.").doesNotContain("ontvangen");

        // A reply is on record as given: a second one is refused and changes nothing.
        ResponseEntity<String> again = post(as(ASKED_AGENT), path(id) + "/input-requests/" + requestId + "/reply",
                "{\"reply\":\"Ja, ontvangen op 14 oktober en verwerkt op 18 november.\"}");
        assertRefused(again, "input-already-given");
        assertThat(awaitComplaint(id, c -> true).get("version").asLong()).isEqualTo(complaint.get("version").asLong());
    }

    @Test
    void onlyTheComplaintsServiceActsOnAnEscalatedComplaintWhileTheDepartmentsConcernedMayReadIt() throws Exception {
        UUID id = escalatedToTheComplaintsService();
        JsonNode asked = json.readTree(post(asOfficer(), path(id) + "/input-requests",
                "{\"department\":\"" + ASKED + "\",\"question\":\"Uw standpunt?\"}").getBody());
        String requestId = asked.at("/inputRequests/0/inputRequestId").asText();
        post(asOfficer(), path(id) + "/instruction", "{\"findings\":\"Attest laattijdig verwerkt.\"}");
        post(asOfficer(), path(id) + "/complaints-service-answer",
                "{\"outcome\":\"FOUNDED\",\"answer\":\"De vertraging was niet gerechtvaardigd.\"}");
        long version = awaitComplaint(id, c -> "COMPLAINTS_SERVICE_ANSWERED".equals(c.get("status").asText()))
                .get("version").asLong();

        // Reading: the first-line department and the department asked; nobody else.
        assertThat(as(FIRST_LINE_AGENT).getForEntity(path(id), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as(ASKED_AGENT).getForEntity(path(id), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertProblem(as(UNRELATED_AGENT).getForEntity(path(id), String.class), HttpStatus.FORBIDDEN,
                "/outside-department");

        // Acting: refused to both departments, 403.
        assertProblem(post(as(FIRST_LINE_AGENT), path(id) + "/closure", "{\"reason\":\"Opgelost.\"}"),
                HttpStatus.FORBIDDEN, "/complaints-service-only");
        assertProblem(reroute(as(FIRST_LINE_AGENT), id, "AGENCIES"), HttpStatus.FORBIDDEN, "/complaints-service-only");
        assertProblem(post(as(FIRST_LINE_AGENT), path(id) + "/first-line-answer", "{\"answer\":\"Nog eens.\"}"),
                HttpStatus.FORBIDDEN, "/complaints-service-only");
        assertProblem(post(as(ASKED_AGENT), path(id) + "/closure", "{\"reason\":\"Opgelost.\"}"),
                HttpStatus.FORBIDDEN, "/complaints-service-only");
        // Only the department asked replies to its request.
        assertProblem(post(as(FIRST_LINE_AGENT), path(id) + "/input-requests/" + requestId + "/reply",
                "{\"reply\":\"Wij antwoorden in hun plaats.\"}"), HttpStatus.FORBIDDEN, "/outside-department");
        // Asking is the complaints service's.
        assertProblem(post(as(FIRST_LINE_AGENT), path(id) + "/input-requests",
                "{\"department\":\"AGENCIES\",\"question\":\"?\"}"), HttpStatus.FORBIDDEN, "/forbidden");

        JsonNode complaint = awaitComplaint(id, c -> true);
        assertThat(complaint.get("version").asLong()).as("nothing changed").isEqualTo(version);
        assertThat(complaint.get("department").asText()).isEqualTo("COMPLAINTS_SERVICE");
        assertThat(complaint.get("firstLineDepartment").asText()).isEqualTo(FIRST_LINE);

        // The complaints service closes it.
        assertThat(post(asOfficer(), path(id) + "/closure", "{\"reason\":\"Resultaat meegedeeld.\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void refusesARequestForInputThatMakesNoSenseAndChangesNothing() throws Exception {
        UUID notEscalated = answeredByTheFirstLine();
        assertRefused(post(asOfficer(), path(notEscalated) + "/input-requests",
                "{\"department\":\"" + ASKED + "\",\"question\":\"Uw standpunt?\"}"), "not-escalated");

        UUID id = escalatedToTheComplaintsService();
        long version = awaitComplaint(id, c -> true).get("version").asLong();
        ResponseEntity<String> unknown = post(asOfficer(), path(id) + "/input-requests",
                "{\"department\":\"FINANCE_DEPARTMENT\",\"question\":\"Uw standpunt?\"}");
        ResponseEntity<String> itself = post(asOfficer(), path(id) + "/input-requests",
                "{\"department\":\"COMPLAINTS_SERVICE\",\"question\":\"Uw standpunt?\"}");
        ResponseEntity<String> noQuestion = post(asOfficer(), path(id) + "/input-requests",
                "{\"department\":\"" + ASKED + "\",\"question\":\" \"}");
        ResponseEntity<String> badDepartment = post(asOfficer(), path(id) + "/input-requests",
                "{\"department\":\"home care\",\"question\":\"Uw standpunt?\"}");
        ResponseEntity<String> noSuchRequest = post(as(ASKED_AGENT),
                path(id) + "/input-requests/" + UUID.randomUUID() + "/reply", "{\"reply\":\"Ja.\"}");
        ResponseEntity<String> badRequestId = post(as(ASKED_AGENT), path(id) + "/input-requests/not-a-uuid/reply",
                "{\"reply\":\"Ja.\"}");

        JsonNode problem = assertProblem(unknown, HttpStatus.BAD_REQUEST, "/unknown-department");
        assertThat(problem.get("department").asText()).isEqualTo("FINANCE_DEPARTMENT");
        assertProblem(itself, HttpStatus.BAD_REQUEST, "/unknown-department");
        assertBadRequestNaming(noQuestion, "question");
        assertBadRequestNaming(badDepartment, "department");
        // An agent outside the complaint learns nothing of its requests: no request of theirs has this id.
        assertProblem(noSuchRequest, HttpStatus.FORBIDDEN, "/outside-department");
        assertBadRequestNaming(badRequestId, "inputRequestId");
        assertThat(awaitComplaint(id, c -> true).get("version").asLong()).isEqualTo(version);
    }

    /** With the version read (If-Match), as every staff command: a change made meanwhile refuses the request. */
    @Test
    void refusesARequestMadeOnAVersionThatChangedSince() throws Exception {
        UUID id = escalatedToTheComplaintsService();
        long seen = awaitComplaint(id, c -> true).get("version").asLong();
        post(asOfficer(), path(id) + "/instruction", "{\"findings\":\"Eerste vaststellingen.\"}");

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setIfMatch("\"" + seen + "\"");
        ResponseEntity<String> stale = asOfficer().postForEntity(path(id) + "/input-requests",
                new HttpEntity<>("{\"department\":\"" + ASKED + "\",\"question\":\"Uw standpunt?\"}", headers),
                String.class);

        assertProblem(stale, HttpStatus.PRECONDITION_FAILED, "/complaint-changed");
        assertThat(awaitComplaint(id, c -> true).get("inputRequests")).isEmpty();
    }

    /** Answered at the first line, escalated by an officer, and assigned to the complaints service by routing. */
    private UUID escalatedToTheComplaintsService() throws Exception {
        UUID id = answeredByTheFirstLine();
        assertThat(post(asOfficer(), path(id) + "/escalation", "{\"reason\":\"Ik ben het niet eens.\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        routeTo(id, "COMPLAINTS_SERVICE");
        return id;
    }

    private static String path(UUID id) {
        return "/api/v1/complaints/" + id;
    }

    private static ResponseEntity<String> post(TestRestTemplate client, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private static ResponseEntity<String> reroute(TestRestTemplate client, UUID id, String department) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.exchange(path(id) + "/department", HttpMethod.PUT,
                new HttpEntity<>("{\"department\":\"" + department + "\"}", headers), String.class);
    }

    private JsonNode assertProblem(ResponseEntity<String> response, HttpStatus status, String typeEnding)
            throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asText()).endsWith(typeEnding);
        assertThat(problem.get("detail").asText()).isNotBlank();
        return problem;
    }

    private void assertRefused(ResponseEntity<String> response, String reason) throws Exception {
        JsonNode problem = assertProblem(response, HttpStatus.CONFLICT, "/transition-refused");
        assertThat(problem.get("reason").asText()).isEqualTo(reason);
    }

    private void assertBadRequestNaming(ResponseEntity<String> response, String field) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("errors")).anySatisfy(error -> assertThat(error.get("field").asText()).isEqualTo(field));
    }

    private static JsonNode only(List<JsonNode> events, String type) {
        List<JsonNode> ofType = new ArrayList<>();
        events.forEach(event -> {
            if (type.equals(event.get("type").asText())) {
                ofType.add(event);
            }
        });
        assertThat(ofType).as("published %s", type).isNotEmpty();
        return ofType.get(0);
    }
}
