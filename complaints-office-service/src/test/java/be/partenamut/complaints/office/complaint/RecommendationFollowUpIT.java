package be.partenamut.complaints.office.complaint;

import be.partenamut.complaints.office.OfficeIntegrationTest;
import be.partenamut.complaints.office.complaint.query.ComplaintQueueProjection;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recommendation followed to its effect through the staff API, on the real infrastructure: issued after the
 * complaint's closure to a known department with the complaints that motivated it, accepted by that department's
 * agent (whichever queue the complaint is in), then implemented; each step on the complaint's timeline and
 * published for the other services. And every refusal as a problem with a stable type.
 */
class RecommendationFollowUpIT extends OfficeIntegrationTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** The demo agent of HOME_CARE, the department recommended to here. */
    private static final String HOME_CARE_AGENT = "agent-home-care";

    @Test
    void followsARecommendationIssuedAfterClosureToItsImplementation() throws Exception {
        UUID other = routed();
        UUID id = closedAfterTheComplaintsServiceAnswered();
        String otherReference = awaitComplaint(other, c -> true).get("reference").asText();
        awaitCaughtUp(ComplaintQueueProjection.PROCESSING_GROUP);
        String base = "/api/v1/complaints/" + id;

        ResponseEntity<String> issued = post(asOfficer(), base + "/recommendations", """
                {"department":"HOME_CARE","recommendation":"Rappeler le membre sous deux jours ouvrables.",
                 "motivatingReferences":["%s"]}""".formatted(otherReference.toLowerCase()));

        assertThat(issued.getStatusCode()).as(issued.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode recommendation = json.readTree(issued.getBody()).at("/recommendations/0");
        assertThat(recommendation.get("department").asText()).isEqualTo("HOME_CARE");
        assertThat(recommendation.get("state").asText()).isEqualTo("ISSUED");
        assertThat(recommendation.at("/motivatingComplaints/0/reference").asText()).isEqualTo(otherReference);
        assertThat(recommendation.at("/motivatingComplaints/0/complaintId").asText()).isEqualTo(other.toString());
        String steps = base + "/recommendations/" + recommendation.get("recommendationId").asText();

        // The agent of the department in charge of the complaint is not the one recommended to.
        assertProblem(post(asAgent(), steps + "/acceptance", "{}"), HttpStatus.FORBIDDEN, "outside-department");
        // The recommended department's agent sees the complaint, though it is not in their queue.
        assertThat(as(HOME_CARE_AGENT).getForEntity(base, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertRefused(post(as(HOME_CARE_AGENT), steps + "/implementation",
                "{\"implementedOn\":\"" + today() + "\"}"), "recommendation-not-accepted");

        ResponseEntity<String> accepted = post(as(HOME_CARE_AGENT), steps + "/acceptance", "{}");
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(accepted.getBody()).at("/recommendations/0/state").asText()).isEqualTo("ACCEPTED");
        assertRefused(post(as(HOME_CARE_AGENT), steps + "/acceptance", "{}"), "recommendation-already-answered");
        assertRefused(post(as(HOME_CARE_AGENT), steps + "/rejection", "{\"reason\":\"Trop tard.\"}"),
                "recommendation-already-answered");
        assertRefused(post(as(HOME_CARE_AGENT), steps + "/implementation",
                "{\"implementedOn\":\"" + today().minusDays(1) + "\"}"), "implemented-before-acceptance");
        assertRefused(post(as(HOME_CARE_AGENT), steps + "/implementation",
                "{\"implementedOn\":\"" + today().plusDays(2) + "\"}"), "implementation-date-in-future");
        assertProblem(post(as(HOME_CARE_AGENT), steps + "/implementation", "{}"), HttpStatus.BAD_REQUEST,
                "validation-failed");

        ResponseEntity<String> implemented = post(as(HOME_CARE_AGENT), steps + "/implementation",
                "{\"implementedOn\":\"" + today() + "\"}");

        assertThat(implemented.getStatusCode()).as(implemented.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode complaint = json.readTree(implemented.getBody());
        assertThat(complaint.at("/recommendations/0/state").asText()).isEqualTo("IMPLEMENTED");
        assertThat(complaint.at("/recommendations/0/accepted/by").asText()).isEqualTo(HOME_CARE_AGENT);
        assertThat(complaint.at("/recommendations/0/implemented/implementedOn").asText()).isEqualTo(today().toString());
        assertThat(types(complaint.get("timeline"))).endsWith("ComplaintClosed", "RecommendationIssued",
                "RecommendationAccepted", "RecommendationImplemented");
        assertRefused(post(as(HOME_CARE_AGENT), steps + "/implementation",
                "{\"implementedOn\":\"" + today() + "\"}"), "recommendation-already-implemented");

        List<JsonNode> published = publishedEvents(id, "RecommendationImplemented");
        JsonNode publishedIssue = published.stream().filter(e -> "RecommendationIssued".equals(e.get("type").asText()))
                .findFirst().orElseThrow();
        assertThat(publishedIssue.at("/motivatingComplaintIds/0").asText()).isEqualTo(other.toString());
        JsonNode publishedImplementation = published.get(published.size() - 1);
        assertThat(publishedImplementation.get("type").asText()).isEqualTo("RecommendationImplemented");
        assertThat(publishedImplementation.get("department").asText()).isEqualTo("HOME_CARE");
        assertThat(publishedImplementation.get("implementedOn").asText()).isEqualTo(today().toString());
        assertThat(published).extracting(e -> e.get("type").asText()).contains("RecommendationAccepted");
    }

    @Test
    void recordsARejectionWithItsReasonAndNeverAnImplementationAfterIt() throws Exception {
        UUID id = closedAfterTheComplaintsServiceAnswered();
        String base = "/api/v1/complaints/" + id;
        JsonNode issued = json.readTree(post(asOfficer(), base + "/recommendations",
                "{\"department\":\"AGENCIES\",\"recommendation\":\"Afficher les horaires.\"}").getBody());
        String steps = base + "/recommendations/" + issued.at("/recommendations/0/recommendationId").asText();

        assertProblem(post(as("agent-agencies"), steps + "/rejection", "{\"reason\":\" \"}"), HttpStatus.BAD_REQUEST,
                "validation-failed");
        ResponseEntity<String> rejected = post(as("agent-agencies"), steps + "/rejection",
                "{\"reason\":\"Les horaires sont déjà affichés à l'entrée.\"}");

        assertThat(rejected.getStatusCode()).as(rejected.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode recommendation = json.readTree(rejected.getBody()).at("/recommendations/0");
        assertThat(recommendation.get("state").asText()).isEqualTo("REJECTED");
        assertThat(recommendation.at("/rejected/reason").asText()).isEqualTo("Les horaires sont déjà affichés à l'entrée.");
        assertRefused(post(asOfficer(), steps + "/implementation", "{\"implementedOn\":\"" + today() + "\"}"),
                "recommendation-rejected");
        assertThat(publishedEvents(id, "RecommendationRejected")).extracting(e -> e.get("type").asText())
                .endsWith("RecommendationRejected");
    }

    @Test
    void refusesARecommendationToAnUnknownDepartmentOrNamingAnUnknownComplaint() throws Exception {
        UUID id = closedAfterTheComplaintsServiceAnswered();
        String base = "/api/v1/complaints/" + id;

        ResponseEntity<String> unknownDepartment = post(asOfficer(), base + "/recommendations",
                "{\"department\":\"PAYROLL\",\"recommendation\":\"Payer à temps.\"}");
        ResponseEntity<String> unknownReference = post(asOfficer(), base + "/recommendations",
                "{\"department\":\"AGENCIES\",\"recommendation\":\"Mieux accueillir.\","
                        + "\"motivatingReferences\":[\"PL-1999-999999\"]}");
        ResponseEntity<String> unknownRecommendation = post(asOfficer(),
                base + "/recommendations/" + UUID.randomUUID() + "/acceptance", "{}");
        ResponseEntity<String> byAnAgent = post(asAgent(), base + "/recommendations",
                "{\"department\":\"AGENCIES\",\"recommendation\":\"Mieux accueillir.\"}");

        assertProblem(unknownDepartment, HttpStatus.BAD_REQUEST, "unknown-department");
        assertThat(json.readTree(unknownDepartment.getBody()).at("/errors/0/field").asText()).isEqualTo("department");
        assertProblem(unknownReference, HttpStatus.BAD_REQUEST, "unknown-complaint-reference");
        assertThat(json.readTree(unknownReference.getBody()).at("/errors/0/field").asText())
                .isEqualTo("motivatingReferences[0]");
        assertProblem(unknownRecommendation, HttpStatus.NOT_FOUND, "recommendation-not-found");
        assertThat(byAnAgent.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(awaitComplaint(id, c -> true).get("recommendations")).isEmpty();
    }

    /** A complaint the complaints service answered and the office closed. */
    private UUID closedAfterTheComplaintsServiceAnswered() throws Exception {
        UUID id = answeredByTheFirstLine();
        String base = "/api/v1/complaints/" + id;
        for (String[] step : new String[][] {
                {"/escalation", "{\"reason\":\"Toujours pas d'accord.\"}"},
                {"/instruction", "{\"findings\":\"Rappel promis, jamais fait.\"}"},
                {"/complaints-service-answer", "{\"outcome\":\"FOUNDED\",\"answer\":\"Vous avez raison.\"}"},
                {"/closure", "{\"reason\":\"Résultat communiqué.\"}"}}) {
            ResponseEntity<String> response = post(asOfficer(), base + step[0], step[1]);
            assertThat(response.getStatusCode()).as(step[0] + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        }
        return id;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BRUSSELS);
    }

    private static ResponseEntity<String> post(TestRestTemplate client, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private void assertRefused(ResponseEntity<String> response, String reason) throws Exception {
        assertProblem(response, HttpStatus.CONFLICT, "transition-refused");
        assertThat(json.readTree(response.getBody()).get("reason").asText()).isEqualTo(reason);
    }

    private void assertProblem(ResponseEntity<String> response, HttpStatus status, String type) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asText()).endsWith("/" + type);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    private static List<String> types(JsonNode timeline) {
        List<String> types = new ArrayList<>();
        timeline.forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }
}
