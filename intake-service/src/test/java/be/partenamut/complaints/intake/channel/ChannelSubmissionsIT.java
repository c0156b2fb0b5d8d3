package be.partenamut.complaints.intake.channel;

import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.intake.IntakeIntegrationTest;
import be.partenamut.complaints.localstack.infra.TopicClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Channel systems may post the same submission as a message on {@code complaints.channel-submissions.v1}:
 * the same validation and rules, and the outcome back on {@code complaints.channel-submissions.outcomes.v1},
 * keyed by the channel's own key.
 */
class ChannelSubmissionsIT extends IntakeIntegrationTest {

    private static final String OUTCOMES = "complaints.channel-submissions.outcomes.v1";

    @Test
    void registersASubmissionPostedAsAMessageAndTellsTheChannelItsReference() {
        String key = "agency-" + UUID.randomUUID();
        String correlationId = "kafka-" + UUID.randomUUID();
        Map<String, Object> message = with(with(with(complaint(), "channel", "AGENCY"), "idempotencyKey", key),
                "correlationId", correlationId);

        sendToChannelTopic(key, message);

        JsonNode outcome = outcomeFor(key);
        assertThat(outcome.get("type").asText()).isEqualTo("SubmissionAccepted");
        assertThat(outcome.get("status").asInt()).isEqualTo(202);
        assertThat(outcome.get("idempotencyKey").asText()).isEqualTo(key);
        assertThat(outcome.get("correlationId").asText()).isEqualTo(correlationId);
        JsonNode receipt = outcome.get("receipt");
        assertThat(receipt.get("reference").asText()).startsWith("PL-");
        assertThat(receipt.get("answerDueBy").asText()).isNotBlank();
        JsonNode submitted = read(messagesOf(receipt.get("complaintId").asText()).get(0).value());
        assertThat(submitted.at("/file/channel").asText()).isEqualTo("AGENCY");
        assertThat(submitted.at("/metadata/correlationId").asText()).isEqualTo(correlationId);
    }

    @Test
    void registersAMessageSentTwiceOnce() {
        String key = "phone-" + UUID.randomUUID();
        Map<String, Object> message = with(with(complaint(), "channel", "PHONE"), "idempotencyKey", key);

        sendToChannelTopic(key, message);
        sendToChannelTopic(key, message);

        List<JsonNode> outcomes = outcomesFor(key, 2);
        assertThat(outcomes.get(1).get("receipt")).isEqualTo(outcomes.get(0).get("receipt"));
        assertThat(messagesOf(outcomes.get(0).at("/receipt/complaintId").asText())).hasSize(1);
    }

    @Test
    void refusesWhatThePolicyDoesNotHandleInTheMembersLanguage() {
        String key = "letter-" + UUID.randomUUID();
        Map<String, Object> message = with(with(with(complaint(), "channel", "LETTER"), "category", "MEDICAL_ADVISOR"),
                "idempotencyKey", key);

        sendToChannelTopic(key, message);

        JsonNode outcome = outcomeFor(key);
        assertThat(outcome.get("type").asText()).isEqualTo("SubmissionRefused");
        assertThat(outcome.get("status").asInt()).isEqualTo(422);
        JsonNode problem = outcome.get("problem");
        assertThat(problem.get("type").asText()).isEqualTo("https://complaints.partenamut.be/problems/medical-advisor");
        assertThat(problem.get("detail").asText()).contains("adviserend arts", "schriftelijk", "route de Lennik 788/A");
        assertThat(problem.at("/writeTo/web").asText()).isEqualTo("https://www.mloz.be/fr/content/vous-avez-une-plainte");
    }

    @Test
    void refusesInvalidInputNamingTheFieldsAndStoresNothing() {
        String key = "mail-" + UUID.randomUUID();
        long stored = storedSubmissions();
        Map<String, Object> message = with(with(with(complaint(), "channel", "EMAIL"), "colour", "red"), "memberNumber", "12");

        sendToChannelTopic(key, message);

        JsonNode outcome = outcomeFor(key);
        assertThat(outcome.get("type").asText()).isEqualTo("SubmissionRefused");
        assertThat(outcome.get("status").asInt()).isEqualTo(400);
        assertThat(outcome.at("/problem/type").asText()).isEqualTo("https://complaints.partenamut.be/problems/malformed-request");
        List<String> fields = outcome.at("/problem/errors").findValuesAsText("field");
        assertThat(fields).contains("colour", "memberNumber");
        assertThat(storedSubmissions()).isEqualTo(stored);
    }

    @Test
    void deadLettersAMessageThatIsNotJsonWithTheReasonAndGoesOn() {
        String poison = "poison-" + UUID.randomUUID();
        String next = "next-" + UUID.randomUUID();

        sendToChannelTopic(poison, "<complaint>not json</complaint>");
        sendToChannelTopic(next, with(complaint(), "idempotencyKey", next));

        TopicClient.Record deadLetter = topics.readUntil(Topics.deadLetter(Topics.CHANNEL_SUBMISSIONS),
                        record -> poison.equals(record.key()), WAIT).stream()
                .filter(record -> poison.equals(record.key())).findFirst()
                .orElseThrow(() -> new AssertionError("not dead-lettered"));
        assertThat(deadLetter.value()).isEqualTo("<complaint>not json</complaint>");
        assertThat(deadLetter.headers().get("x-exception-message")).contains("not JSON");
        assertThat(deadLetter.headers().get("x-original-topic")).isEqualTo(Topics.CHANNEL_SUBMISSIONS);
        assertThat(outcomeFor(next).get("type").asText()).isEqualTo("SubmissionAccepted");
    }

    private JsonNode outcomeFor(String key) {
        return outcomesFor(key, 1).get(0);
    }

    /** Waits until the outcomes topic holds at least {@code count} outcomes for {@code key}, and returns them all. */
    private List<JsonNode> outcomesFor(String key, int count) {
        return await().atMost(WAIT).alias(count + " outcomes for " + key)
                .until(() -> topics.readToEnd(OUTCOMES).stream()
                        .filter(record -> key.equals(record.key()))
                        .map(record -> read(record.value()))
                        .toList(), found -> found.size() >= count);
    }
}
