package be.partenamut.complaints.intake.web;

import be.partenamut.complaints.intake.IntakeIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The intake API describes itself (OpenAPI), publicly, with every answer a channel can get. */
class ApiDocumentationIT extends IntakeIntegrationTest {

    @Test
    void describesTheSubmissionWithEveryOutcome() {
        ResponseEntity<String> response = http.getForEntity("/v3/api-docs", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode api = read(response.getBody());
        JsonNode post = api.at("/paths/~1api~1v1~1complaints/post");
        List<String> statuses = new ArrayList<>();
        post.get("responses").fieldNames().forEachRemaining(statuses::add);
        assertThat(statuses).contains("202", "400", "401", "403", "413", "422", "429", "503");
        assertThat(post.get("description").asText()).contains("anonymous-complaint", "medical-advisor", "not-escalable",
                "kind SUGGESTION");
        assertThat(api.at("/paths/~1api~1v1~1categories/get").isMissingNode()).isFalse();
        assertThat(api.at("/paths/~1").isMissingNode()).as("the web form is a page, not an API").isTrue();
        List<String> fields = new ArrayList<>();
        api.at("/components/schemas/ComplaintSubmission/properties").fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("channel", "memberNumber", "firstName", "lastName", "email",
                "nationalRegisterNumber", "language", "addressee", "reference", "category", "subject", "description", "product", "agency",
                "receivedAt", "kind");
        assertThat(api.at("/components/schemas/SubmissionReceipt/properties").has("answerDueBy")).isTrue();
        assertThat(api.at("/components/schemas/SubmissionReceipt/properties").has("kind")).isTrue();
        assertThat(api.at("/components/schemas/SubmissionReceipt/properties").has("suggestion"))
                .as("a convenience of the pages, not a field").isFalse();
    }

    @Test
    void servesSwaggerUiWithoutALogin() {
        ResponseEntity<String> ui = http.getForEntity("/swagger-ui/index.html", String.class);
        ResponseEntity<String> entry = http.getForEntity("/swagger-ui.html", String.class);

        assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ui.getBody()).contains("swagger-ui");
        assertThat(entry.getStatusCode().is2xxSuccessful() || entry.getStatusCode().is3xxRedirection()).isTrue();
    }
}
