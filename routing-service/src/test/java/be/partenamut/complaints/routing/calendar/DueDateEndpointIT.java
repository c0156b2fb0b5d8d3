package be.partenamut.complaints.routing.calendar;

import be.partenamut.complaints.routing.RoutingIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class DueDateEndpointIT extends RoutingIntegrationTest {

    @Test
    void tellsAnyoneTheDueDateAndTheHolidaysItSkipped() throws Exception {
        // Received on Monday 21 December 2026 in Brussels; Christmas and New Year's Day do not count,
        // Saturdays do: the 21st working day is Saturday 16 January 2027.
        ResponseEntity<String> response = get("from=2026-12-21T10:15:00%2B01:00&workingDays=21");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode answer = json.readTree(response.getBody());
        assertThat(answer.get("dueDate").asText()).isEqualTo("2027-01-16");
        assertThat(answer.get("receivedOn").asText()).isEqualTo("2026-12-21");
        assertThat(answer.get("workingDays").asInt()).isEqualTo(21);
        assertThat(answer.get("saturdaysAreWorkingDays").asBoolean()).isTrue();
        assertThat(answer.get("zone").asText()).isEqualTo("Europe/Brussels");
        assertThat(answer.get("skippedHolidays")).hasSize(2);
        JsonNode christmas = answer.get("skippedHolidays").get(0);
        assertThat(christmas.get("date").asText()).isEqualTo("2026-12-25");
        assertThat(christmas.get("code").asText()).isEqualTo("CHRISTMAS");
        assertThat(christmas.get("nameFr").asText()).isEqualTo("Noël");
        assertThat(christmas.get("nameNl").asText()).isEqualTo("Kerstmis");
        assertThat(answer.get("skippedHolidays").get(1).get("code").asText()).isEqualTo("NEW_YEAR");
    }

    @Test
    void countsFromTheDayOfReceiptInBrussels() throws Exception {
        // 23:30 UTC on Sunday 20 December is already Monday 21 December in Brussels.
        JsonNode answer = json.readTree(get("from=2026-12-20T23:30:00Z&workingDays=1").getBody());

        assertThat(answer.get("receivedOn").asText()).isEqualTo("2026-12-21");
        assertThat(answer.get("dueDate").asText()).isEqualTo("2026-12-22");
        assertThat(answer.get("skippedHolidays")).isEmpty();
    }

    @Test
    void namesEachMissingParameter() throws Exception {
        ResponseEntity<String> response = get("");

        JsonNode problem = assertBadRequest(response);
        assertThat(problem.get("errors")).extracting(error -> error.get("field").asText())
                .containsExactly("from", "workingDays");
    }

    @Test
    void refusesAMomentWithoutOffsetOrNotInIso8601() throws Exception {
        assertThat(assertBadRequest(get("from=2026-12-21T10:15:00&workingDays=21")).at("/errors/0/field").asText())
                .isEqualTo("from");
        assertThat(assertBadRequest(get("from=21/12/2026&workingDays=21")).at("/errors/0/field").asText())
                .isEqualTo("from");
        // An unencoded + arrives as a space.
        JsonNode unencoded = assertBadRequest(get("from=2026-12-21T10:15:00+01:00&workingDays=21"));
        assertThat(unencoded.at("/errors/0/message").asText()).contains("%2B");
    }

    @Test
    void refusesANegativeTooLargeOrNonNumericNumberOfWorkingDays() throws Exception {
        for (String workingDays : new String[] {"-1", "366", "ten", "2.5"}) {
            JsonNode problem = assertBadRequest(get("from=2026-12-21T10:15:00Z&workingDays=" + workingDays));
            assertThat(problem.get("errors")).hasSize(1);
            assertThat(problem.at("/errors/0/field").asText()).isEqualTo("workingDays");
        }
        assertThat(get("from=2026-12-21T10:15:00Z&workingDays=0").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("from=2026-12-21T10:15:00Z&workingDays=365").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> get(String query) {
        return http.getForEntity(URI.create(http.getRootUri() + "/api/v1/calendar/due-date?" + query), String.class);
    }

    private JsonNode assertBadRequest(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asText()).endsWith("/validation-failed");
        assertThat(problem.get("correlationId").asText()).isNotBlank();
        return problem;
    }
}
