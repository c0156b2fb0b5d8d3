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
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two members of staff acting on one complaint: each acts on the version they saw (the ETag of the complaint
 * they read); the second, acting on a complaint that changed meanwhile, is told what changed and nothing of
 * theirs is applied, nor anything of the first overwritten.
 */
class ConcurrentChangesIT extends OfficeIntegrationTest {

    @Test
    void showsTheComplaintWithItsVersionAsETag() throws Exception {
        UUID id = routed();

        ResponseEntity<String> shown = asAgent().getForEntity(path(id), String.class);

        JsonNode complaint = json.readTree(shown.getBody());
        // Received, acknowledged, routed: sequence numbers 0, 1 and 2.
        assertThat(complaint.get("version").asLong()).isEqualTo(2);
        assertThat(shown.getHeaders().getETag()).isEqualTo("\"2\"");
        assertThat(complaint.get("timeline")).extracting(entry -> entry.get("version").asLong()).containsExactly(0L, 1L, 2L);
    }

    @Test
    void refusesTheSecondOfTwoStaffWhoSawTheSameVersionAndTellsThemWhatChanged() throws Exception {
        UUID id = routed();
        String seenByBoth = asAgent().getForEntity(path(id), String.class).getHeaders().getETag();

        ResponseEntity<String> first = send(asAgent(), HttpMethod.POST, path(id) + "/first-line-answer", seenByBoth,
                "{\"answer\":\"Uw terugbetaling is uitgevoerd.\"}");
        ResponseEntity<String> second = send(asOfficer(), HttpMethod.PUT, path(id) + "/department", seenByBoth,
                "{\"department\":\"HOME_CARE\"}");

        assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(first.getHeaders().getETag()).isEqualTo("\"3\"");
        assertThat(second.getStatusCode()).as(second.getBody()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(second.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(second.getHeaders().getETag()).isEqualTo("\"3\"");
        JsonNode problem = json.readTree(second.getBody());
        assertThat(problem.get("type").asText()).endsWith("/complaint-changed");
        assertThat(problem.get("expectedVersion").asLong()).isEqualTo(2);
        assertThat(problem.get("currentVersion").asLong()).isEqualTo(3);
        assertThat(problem.get("changes")).singleElement().satisfies(change -> {
            assertThat(change.get("type").asText()).isEqualTo("ComplaintAnswered");
            assertThat(change.get("actor").asText()).isEqualTo("agent");
            assertThat(change.get("line").asText()).isEqualTo("FIRST_LINE");
            assertThat(change.get("at").asText()).isNotBlank();
            assertThat(change.has("answer")).as("no personal text in what changed").isFalse();
        });
        JsonNode complaint = awaitComplaint(id, c -> true);
        assertThat(complaint.get("department").asText()).as("the reroute was not applied").isEqualTo(AGENTS_DEPARTMENT);
        assertThat(complaint.at("/firstLineAnswer/answer").asText()).isEqualTo("Uw terugbetaling is uitgevoerd.");
        assertThat(types(complaint)).containsExactly("ComplaintReceived", "ComplaintAcknowledged", "ComplaintRouted",
                "ComplaintAnswered");
    }

    @Test
    void answersConflictWhenTheVersionComesInTheBody() throws Exception {
        UUID id = answeredByTheFirstLine();

        ResponseEntity<String> stale = send(asOfficer(), HttpMethod.POST, path(id) + "/closure", null,
                "{\"reason\":\"Opgelost.\",\"expectedVersion\":2}");
        ResponseEntity<String> current = send(asOfficer(), HttpMethod.POST, path(id) + "/closure", null,
                "{\"reason\":\"Opgelost.\",\"expectedVersion\":3}");

        assertThat(stale.getStatusCode()).as(stale.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(stale.getBody()).get("type").asText()).endsWith("/complaint-changed");
        assertThat(json.readTree(stale.getBody()).get("changes")).extracting(change -> change.get("type").asText())
                .containsExactly("ComplaintAnswered");
        assertThat(current.getStatusCode()).as(current.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(current.getBody()).get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void refusesAVersionTheComplaintNeverReached() throws Exception {
        UUID id = routed();

        ResponseEntity<String> future = send(asAgent(), HttpMethod.POST, path(id) + "/first-line-answer", "\"9\"",
                "{\"answer\":\"Geregeld.\"}");

        assertThat(future.getStatusCode()).as(future.getBody()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
        assertThat(json.readTree(future.getBody()).get("changes")).isEmpty();
        assertThat(types(awaitComplaint(id, c -> true))).doesNotContain("ComplaintAnswered");
    }

    /** Two officers record findings at the same moment on the version both saw: exactly one is recorded. */
    @Test
    void letsExactlyOneOfTwoConcurrentCommandsOnTheSameVersionThrough() throws Exception {
        UUID id = answeredByTheFirstLine();
        assertThat(send(asOfficer(), HttpMethod.POST, path(id) + "/escalation", null,
                "{\"reason\":\"Het lid is het niet eens.\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        ExecutorService staff = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String seen = asOfficer().getForEntity(path(id), String.class).getHeaders().getETag();
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<ResponseEntity<String>>> results = new ArrayList<>();
                for (String officer : List.of("officer", "admin")) {
                    String findings = "{\"findings\":\"Bevindingen van " + officer + ", ronde " + round + ".\"}";
                    results.add(staff.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        return send(as(officer), HttpMethod.POST, path(id) + "/instruction", seen, findings);
                    }));
                }
                List<HttpStatus> statuses = new ArrayList<>();
                for (Future<ResponseEntity<String>> result : results) {
                    statuses.add((HttpStatus) result.get(60, TimeUnit.SECONDS).getStatusCode());
                }
                assertThat(statuses).as("round %d", round)
                        .containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.PRECONDITION_FAILED);
            }
        } finally {
            staff.shutdownNow();
        }
        JsonNode complaint = awaitComplaint(id, c -> true);
        assertThat(complaint.get("instruction")).hasSize(5);
        assertThat(types(complaint).stream().filter("ComplaintInstructed"::equals)).hasSize(5);
    }

    @Test
    void keepsCommandsWithoutAVersionActingOnTheComplaintAsItStands() throws Exception {
        UUID id = routed();
        assertThat(send(asOfficer(), HttpMethod.PUT, path(id) + "/department", null,
                "{\"department\":\"" + AGENTS_DEPARTMENT + "_2\"}").getStatusCode()).isEqualTo(HttpStatus.OK);

        ResponseEntity<String> unversioned = send(asOfficer(), HttpMethod.PUT, path(id) + "/department", "*",
                "{\"department\":\"HOME_CARE\"}");

        assertThat(unversioned.getStatusCode()).as(unversioned.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(unversioned.getBody()).get("department").asText()).isEqualTo("HOME_CARE");
    }

    @Test
    void answersBadRequestForAnIfMatchThatIsNotAVersion() throws Exception {
        UUID id = routed();

        ResponseEntity<String> malformed = send(asAgent(), HttpMethod.POST, path(id) + "/first-line-answer",
                "\"not-a-version\"", "{\"answer\":\"Geregeld.\"}");

        assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(malformed.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(types(awaitComplaint(id, c -> true))).doesNotContain("ComplaintAnswered");
    }

    /** An agent outside the department learns nothing of what changed: refused for their department first. */
    @Test
    void tellsAnAgentOfAnotherDepartmentNothingOfWhatChanged() throws Exception {
        UUID id = answeredByTheFirstLine();

        ResponseEntity<String> outside = send(as("agent-home-care"), HttpMethod.POST, path(id) + "/closure", "\"2\"",
                "{\"reason\":\"Niet ons dossier.\"}");

        assertThat(outside.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(outside.getBody()).doesNotContain("ComplaintAnswered");
    }

    private ResponseEntity<String> send(TestRestTemplate as, HttpMethod method, String path, String ifMatch,
                                        String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.setIfMatch(ifMatch);
        }
        return as.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private static String path(UUID id) {
        return "/api/v1/complaints/" + id;
    }

    private static List<String> types(JsonNode complaint) {
        List<String> types = new ArrayList<>();
        complaint.get("timeline").forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }
}
