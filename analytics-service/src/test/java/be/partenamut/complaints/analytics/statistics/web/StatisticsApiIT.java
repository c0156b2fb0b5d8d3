package be.partenamut.complaints.analytics.statistics.web;

import be.partenamut.complaints.analytics.AnalyticsIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may read the figures, and what a bad request gets back. */
class StatisticsApiIT extends AnalyticsIntegrationTest {

    private static final String STATISTICS = "/api/v1/statistics";

    @Autowired
    ObjectMapper json;

    @Test
    void asksAnonymousCallersToSignIn() throws Exception {
        ResponseEntity<String> anonymous = http.getForEntity(STATISTICS, String.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(anonymous.getBody()).get("type").asText()).endsWith("/unauthenticated");
    }

    @Test
    void refusesDepartmentAgents() throws Exception {
        ResponseEntity<String> agent = as("agent").getForEntity(STATISTICS, String.class);

        assertThat(agent.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(agent.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(agent.getBody());
        assertThat(problem.get("type").asText()).endsWith("/forbidden");
        assertThat(problem.get("status").asInt()).isEqualTo(403);
    }

    @Test
    void showsTheFiguresToAnalystsOfficersAndAdministrators() throws Exception {
        for (String user : new String[] {"analyst", "officer", "admin"}) {
            ResponseEntity<String> response = as(user).getForEntity(STATISTICS, String.class);

            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(response.getHeaders().getContentType()).as(user).isEqualTo(MediaType.APPLICATION_JSON);
            JsonNode figures = json.readTree(response.getBody());
            assertThat(figures.fieldNames()).toIterable().as(user).contains("total", "byStatus", "byChannel",
                    "byCategory", "byDepartment", "byOutcome", "recommendationsByDepartment", "generatedAt");
            // Every status, channel and outcome is listed, with zero when none: a dashboard needs no special case.
            assertThat(figures.get("byStatus").fieldNames()).toIterable().as(user).contains("RECEIVED",
                    "ACKNOWLEDGED", "FIRST_LINE_ANSWERED", "ESCALATED", "INSTRUCTED",
                    "COMPLAINTS_SERVICE_ANSWERED", "CLOSED");
            assertThat(figures.get("byChannel").fieldNames()).toIterable().as(user)
                    .contains("WEB_FORM", "AGENCY", "PHONE", "EMAIL", "LETTER");
            assertThat(figures.get("byOutcome").fieldNames()).toIterable().as(user)
                    .containsExactly("FOUNDED", "PARTLY_FOUNDED", "UNFOUNDED");
        }
    }

    @Test
    void rejectsADateThatIsNotAnIsoDate() throws Exception {
        ResponseEntity<String> response = as("analyst")
                .getForEntity(STATISTICS + "?from=26/11/2026", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("from");
        assertThat(problem.get("correlationId").asText()).isNotBlank();
    }

    @Test
    void rejectsAPeriodThatEndsBeforeItStarts() throws Exception {
        ResponseEntity<String> response = as("analyst")
                .getForEntity(STATISTICS + "?from=2026-11-26&to=2026-11-01", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asText()).endsWith("/validation-failed");
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("to");
        assertThat(problem.get("correlationId").asText()).isNotBlank();
    }

    @Test
    void echoesThePeriodItCounted() throws Exception {
        ResponseEntity<String> response = as("analyst")
                .getForEntity(STATISTICS + "?from=2026-01-01&to=2026-03-31", String.class);

        JsonNode figures = json.readTree(response.getBody());
        assertThat(figures.get("from").asText()).isEqualTo("2026-01-01");
        assertThat(figures.get("to").asText()).isEqualTo("2026-03-31");
    }
}
