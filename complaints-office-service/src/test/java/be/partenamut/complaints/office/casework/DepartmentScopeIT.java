package be.partenamut.complaints.office.casework;

import be.partenamut.complaints.office.OfficeIntegrationTest;
import be.partenamut.complaints.office.complaint.query.ComplaintQueueProjection;
import be.partenamut.complaints.testsupport.BearerAuth;
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
 * Need-to-know between departments, with the identity provider's real tokens: an agent sees and acts on the
 * complaints of their own department's queue only; the complaints service (officers) on every complaint.
 */
class DepartmentScopeIT extends OfficeIntegrationTest {

    private static final String HEALTHCARE = "HEALTHCARE_REIMBURSEMENTS";
    private static final String HOME_CARE = "HOME_CARE";
    private static final String HEALTHCARE_AGENT = "agent-healthcare-reimbursements";
    private static final String HOME_CARE_AGENT = "agent-home-care";

    @Test
    void letsTheAgentOfTheDepartmentInChargeReadAndAnswerInTheirOwnName() throws Exception {
        UUID id = registered();
        routeTo(id, HEALTHCARE);

        ResponseEntity<String> read = as(HEALTHCARE_AGENT).getForEntity(path(id), String.class);
        ResponseEntity<String> answered = post(as(HEALTHCARE_AGENT), path(id) + "/first-line-answer",
                "{\"answer\":\"Uw terugbetaling is uitgevoerd.\"}");

        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answered.getStatusCode()).as(answered.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode complaint = json.readTree(answered.getBody());
        assertThat(complaint.get("status").asText()).isEqualTo("FIRST_LINE_ANSWERED");
        // Who acted is the token's user, as the timeline and the answer record it.
        assertThat(complaint.at("/firstLineAnswer/answeredBy").asText()).isEqualTo(HEALTHCARE_AGENT);
        JsonNode timeline = complaint.get("timeline");
        assertThat(timeline.get(timeline.size() - 1).get("actor").asText()).isEqualTo(HEALTHCARE_AGENT);
    }

    @Test
    void refusesAnAgentOfAnotherDepartmentAndChangesNothing() throws Exception {
        UUID id = registered();
        routeTo(id, HEALTHCARE);

        ResponseEntity<String> read = as(HOME_CARE_AGENT).getForEntity(path(id), String.class);
        ResponseEntity<String> answer = post(as(HOME_CARE_AGENT), path(id) + "/first-line-answer",
                "{\"answer\":\"Niet ons dossier.\"}");
        ResponseEntity<String> reroute = reroute(as(HOME_CARE_AGENT), id, HOME_CARE);

        assertForbiddenOutsideDepartment(read);
        assertForbiddenOutsideDepartment(answer);
        assertForbiddenOutsideDepartment(reroute);
        JsonNode complaint = awaitComplaint(id, c -> true);
        assertThat(complaint.get("department").asText()).isEqualTo(HEALTHCARE);
        assertThat(types(complaint)).containsExactly("ComplaintReceived", "ComplaintAcknowledged", "ComplaintRouted");
        // Nothing was shown to them, so the access log does not say they saw it.
        JsonNode accesses = json.readTree(as("admin")
                .getForEntity("/api/v1/personal-data-access?complaintId=" + id, String.class).getBody());
        assertThat(accesses).extracting(access -> access.get("accessedBy").asText()).doesNotContain(HOME_CARE_AGENT);
    }

    @Test
    void letsAnOfficerActOnAnyDepartmentsComplaintAndTheQueueFollowsTheComplaint() throws Exception {
        UUID id = registered();
        routeTo(id, HEALTHCARE);

        assertThat(asOfficer().getForEntity(path(id), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> moved = reroute(asOfficer(), id, HOME_CARE);

        assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(as(HOME_CARE_AGENT).getForEntity(path(id), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertForbiddenOutsideDepartment(post(as(HEALTHCARE_AGENT), path(id) + "/first-line-answer",
                "{\"answer\":\"Te laat.\"}"));
        assertThat(post(as(HOME_CARE_AGENT), path(id) + "/first-line-answer", "{\"answer\":\"Geregeld.\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** Routing has not put it in a queue yet: no agent's, only the complaints service's. */
    @Test
    void keepsAComplaintNotRoutedYetFromEveryAgent() throws Exception {
        UUID id = registered();

        assertForbiddenOutsideDepartment(as(HEALTHCARE_AGENT).getForEntity(path(id), String.class));
        assertThat(asOfficer().getForEntity(path(id), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void listsAnAgentTheirOwnDepartmentsQueueOnly() throws Exception {
        UUID healthcare = registered();
        routeTo(healthcare, HEALTHCARE);
        UUID homeCare = registered();
        routeTo(homeCare, HOME_CARE);
        awaitCaughtUp(ComplaintQueueProjection.PROCESSING_GROUP);

        JsonNode agentsList = list(as(HOME_CARE_AGENT), "");
        JsonNode officersList = list(asOfficer(), "");
        JsonNode officersHomeCare = list(asOfficer(), "&department=" + HOME_CARE);
        ResponseEntity<String> anotherQueue = as(HOME_CARE_AGENT)
                .getForEntity("/api/v1/complaints?department=" + HEALTHCARE, String.class);

        assertThat(ids(agentsList)).contains(homeCare.toString()).doesNotContain(healthcare.toString());
        assertThat(agentsList).allSatisfy(line -> assertThat(line.get("department").asText()).isEqualTo(HOME_CARE));
        assertThat(agentsList).filteredOn(line -> homeCare.toString().equals(line.get("complaintId").asText()))
                .singleElement().satisfies(line -> {
                    assertThat(line.get("status").asText()).isEqualTo("ACKNOWLEDGED");
                    assertThat(line.get("reference").asText()).startsWith("PL-2026-");
                    assertThat(line.has("member")).as("a list shows nothing personal").isFalse();
                });
        assertThat(ids(officersList)).contains(homeCare.toString(), healthcare.toString());
        assertThat(ids(officersHomeCare)).contains(homeCare.toString()).doesNotContain(healthcare.toString());
        assertForbiddenOutsideDepartment(anotherQueue);
    }

    @Test
    void refusesTokensWhoseRoleIsNotCasework() throws Exception {
        UUID id = registered();
        routeTo(id, HEALTHCARE);
        TestRestTemplate analyst = as("analyst");
        TestRestTemplate channelSystem = BearerAuth.withBearer(http, tokens.clientToken("agency-desk"));

        List<ResponseEntity<String>> refused = List.of(
                post(analyst, path(id) + "/first-line-answer", "{\"answer\":\"Réglé.\"}"),
                post(analyst, path(id) + "/closure", "{}"),
                analyst.getForEntity(path(id), String.class),
                analyst.getForEntity("/api/v1/complaints", String.class),
                post(channelSystem, path(id) + "/first-line-answer", "{\"answer\":\"Réglé.\"}"),
                channelSystem.getForEntity(path(id), String.class));

        assertThat(refused).allSatisfy(response -> {
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        });
        assertThat(types(awaitComplaint(id, c -> true)))
                .containsExactly("ComplaintReceived", "ComplaintAcknowledged", "ComplaintRouted");
    }

    private void assertForbiddenOutsideDepartment(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asText()).endsWith("/outside-department");
        assertThat(problem.get("detail").asText()).contains("your department");
    }

    private JsonNode list(TestRestTemplate staff, String query) throws Exception {
        ResponseEntity<String> response = staff.getForEntity("/api/v1/complaints?limit=1000" + query, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(line -> ids.add(line.get("complaintId").asText()));
        return ids;
    }

    private static String path(UUID id) {
        return "/api/v1/complaints/" + id;
    }

    private static ResponseEntity<String> reroute(TestRestTemplate staff, UUID id, String department) {
        return staff.exchange(path(id) + "/department", HttpMethod.PUT,
                new HttpEntity<>("{\"department\":\"" + department + "\"}", jsonHeaders()), String.class);
    }

    private static ResponseEntity<String> post(TestRestTemplate staff, String path, String body) {
        return staff.postForEntity(path, new HttpEntity<>(body, jsonHeaders()), String.class);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    private static List<String> types(JsonNode complaint) {
        List<String> types = new ArrayList<>();
        complaint.get("timeline").forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }
}
