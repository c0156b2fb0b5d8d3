package be.partenamut.complaints.intake.submission;

import be.partenamut.complaints.intake.IntakeIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member's suggestion through the channel API: identified and checked like a complaint, handed to the
 * complaints office as a file of kind SUGGESTION, with no answer deadline.
 */
class SuggestionSubmissionIT extends IntakeIntegrationTest {

    private static final String TYPES = "https://complaints.partenamut.be/problems/";

    @Test
    void acceptsASuggestionWithoutAnAnswerDeadlineAndHandsItOnAsASuggestion() {
        ResponseEntity<String> response = post(suggestion());

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode receipt = read(response.getBody());
        assertThat(receipt.get("kind").asText()).isEqualTo("SUGGESTION");
        assertThat(receipt.has("answerDueBy")).as("a suggestion has no answer deadline").isFalse();
        assertThat(receipt.get("handledBy").asText()).isEqualTo("FIRST_LINE");
        String complaintId = receipt.get("complaintId").asText();
        JsonNode message = read(messagesOf(complaintId).get(0).value());
        assertThat(message.get("type").asText()).isEqualTo("ComplaintSubmitted");
        assertThat(message.at("/file/kind").asText()).isEqualTo("SUGGESTION");
        assertThat(message.at("/file/firstLineDueDate").isNull()).isTrue();
        assertThat(message.at("/file/reference").asText()).isEqualTo(receipt.get("reference").asText());
    }

    @Test
    void handsOnAComplaintWithItsDeadlineAndItsKind() {
        ResponseEntity<String> response = post(complaint());

        JsonNode receipt = read(response.getBody());
        assertThat(receipt.get("kind").asText()).isEqualTo("COMPLAINT");
        assertThat(receipt.get("answerDueBy").asText()).isNotBlank();
        JsonNode message = read(messagesOf(receipt.get("complaintId").asText()).get(0).value());
        assertThat(message.at("/file/kind").asText()).isEqualTo("COMPLAINT");
        assertThat(message.at("/file/firstLineDueDate").asText()).isEqualTo(receipt.get("answerDueBy").asText());
    }

    @Test
    void refusesAnAnonymousSuggestionAsThePolicyRefusesAnAnonymousComplaint() {
        long stored = storedSubmissions();
        Map<String, Object> anonymous = with(with(with(with(suggestion(), "memberNumber", null), "firstName", null),
                "lastName", null), "channel", "PHONE");
        anonymous.remove("email");

        ResponseEntity<String> response = post(anonymous);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(read(response.getBody()).get("type").asText()).isEqualTo(TYPES + "anonymous-complaint");
        assertThat(storedSubmissions()).isEqualTo(stored);
    }

    @Test
    void tellsARepeatedSuggestionFromAComplaintUnderTheSameKey() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> suggestion = suggestion();

        ResponseEntity<String> first = post(suggestion, key, null);
        ResponseEntity<String> repeat = post(suggestion, key, null);
        ResponseEntity<String> asComplaint = post(with(suggestion, "kind", "COMPLAINT"), key, null);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(read(repeat.getBody()).get("complaintId")).isEqualTo(read(first.getBody()).get("complaintId"));
        assertThat(asComplaint.getStatusCode()).as(asComplaint.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    private static Map<String, Object> suggestion() {
        Map<String, Object> body = with(complaint(), "kind", "SUGGESTION");
        body.put("subject", "Idee: online afspraak " + UUID.randomUUID());
        return body;
    }
}
