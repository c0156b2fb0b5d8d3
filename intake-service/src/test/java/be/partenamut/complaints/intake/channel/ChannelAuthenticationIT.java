package be.partenamut.complaints.intake.channel;

import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.intake.IntakeIntegrationTest;
import be.partenamut.complaints.localstack.infra.TokenClient;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.testsupport.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Channel systems sign in as clients of the identity provider (client credentials) and post complaints for
 * the channels their tokens name, and for no other: on the REST API and on the channel topic alike.
 */
class ChannelAuthenticationIT extends IntakeIntegrationTest {

    private static final String OUTCOMES = Topics.CHANNEL_SUBMISSION_OUTCOMES;
    private static final String CHANNEL_NOT_ALLOWED = "https://complaints.partenamut.be/problems/channel-not-allowed";

    @Autowired
    MutableClock clock;

    @Test
    void eachChannelSystemPostsForItsOwnChannel() {
        CLIENT_OF_CHANNEL.forEach((channel, client) -> {
            ResponseEntity<String> accepted = postWith(tokens.clientToken(client), with(complaint(), "channel", channel),
                    null, null);

            assertThat(accepted.getStatusCode()).as(client + " posting for " + channel + ": " + accepted.getBody())
                    .isEqualTo(HttpStatus.ACCEPTED);
            String complaintId = read(accepted.getBody()).get("complaintId").asText();
            assertThat(read(messagesOf(complaintId).get(0).value()).at("/file/channel").asText()).isEqualTo(channel);
        });
    }

    @Test
    void refusesAChannelSystemPostingForAnotherChannelSayingWhichItMayPostFor() {
        long stored = storedSubmissions();

        ResponseEntity<String> refused = postWith(tokens.clientToken("mail-room"), with(complaint(), "channel", "EMAIL"),
                null, null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = read(refused.getBody());
        assertThat(problem.get("type").asText()).isEqualTo(CHANNEL_NOT_ALLOWED);
        assertThat(problem.get("detail").asText()).contains("mail-room", "LETTER", "EMAIL");
        assertThat(problem.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(problem.get("allowedChannels")).hasSize(1);
        assertThat(problem.get("allowedChannels").get(0).asText()).isEqualTo("LETTER");
        assertThat(storedSubmissions()).isEqualTo(stored);
    }

    @Test
    void refusesTheWebFormsChannelFromEveryChannelSystem() {
        for (String client : CLIENT_OF_CHANNEL.values()) {
            ResponseEntity<String> refused = postWith(tokens.clientToken(client), with(complaint(), "channel", "WEB_FORM"),
                    null, null);

            assertThat(refused.getStatusCode()).as(client).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(read(refused.getBody()).get("detail").asText()).contains("public web form only", client);
        }
    }

    @Test
    void refusesAnEscalationFromAChannelSystemForAnotherChannel() {
        Map<String, Object> escalation = with(with(with(with(complaint(), "channel", "LETTER"),
                "addressee", "COMPLAINTS_SERVICE"), "reference", "PL-2026-000001"), "category", null);
        escalation.remove("subject");
        long escalations = storedEscalations();

        ResponseEntity<String> refused = postWith(tokens.clientToken("email-gateway"), escalation, null, null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(read(refused.getBody()).get("type").asText()).isEqualTo(CHANNEL_NOT_ALLOWED);
        assertThat(storedEscalations()).isEqualTo(escalations);
    }

    @Test
    void refusesAMemberOfStaffsTokenWhateverTheRole() {
        for (String user : List.of("agent", "officer", "admin")) {
            ResponseEntity<String> refused = postWith(tokens.userToken(user), with(complaint(), "channel", "AGENCY"),
                    null, null);

            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            JsonNode problem = read(refused.getBody());
            assertThat(problem.get("type").asText()).isEqualTo(CHANNEL_NOT_ALLOWED);
            assertThat(problem.get("allowedChannels")).isEmpty();
        }
    }

    @Test
    void asksForATokenWhenNoneIsSent() {
        ResponseEntity<String> refused = postWith(null, with(complaint(), "channel", "AGENCY"), null, null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
    }

    @Test
    void refusesAForgedToken() {
        long stored = storedSubmissions();
        // The mail room's real token, its channels rewritten to include EMAIL: the signature no longer matches.
        String forged = withClaim(tokens.clientToken("mail-room"), "channels", List.of("LETTER", "EMAIL"));

        ResponseEntity<String> refused = postWith(forged, with(complaint(), "channel", "EMAIL"), null, null);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).contains("invalid_token");
        assertThat(storedSubmissions()).isEqualTo(stored);
    }

    @Test
    void aDisabledClientGetsNoToken() {
        assertThatThrownBy(() -> tokens.clientToken("disabled-client"))
                .isInstanceOfSatisfying(TokenClient.Refused.class, refused -> assertThat(refused.status()).isEqualTo(401));
    }

    @Test
    void deadLettersAChannelRecordWithoutATokenWithTheReason() {
        String key = "no-token-" + UUID.randomUUID();

        sendToChannelTopic(key, with(with(complaint(), "channel", "AGENCY"), "idempotencyKey", key), null);

        assertThat(deadLetterOf(key).headers().get("x-exception-message")).contains("no access token");
        assertThat(outcomesOf(key)).as("nothing answered for a record read as nobody's").isEmpty();
    }

    @Test
    void deadLettersAChannelRecordForAChannelItsClientDoesNotOwn() {
        String key = "not-yours-" + UUID.randomUUID();
        long stored = storedSubmissions();

        sendToChannelTopic(key, with(with(complaint(), "channel", "EMAIL"), "idempotencyKey", key),
                tokens.clientToken("mail-room"));

        assertThat(deadLetterOf(key).headers().get("x-exception-message")).contains("mail-room", "LETTER", "EMAIL");
        assertThat(outcomesOf(key)).isEmpty();
        assertThat(storedSubmissions()).isEqualTo(stored);
    }

    @Test
    void deadLettersAChannelRecordWithAForgedToken() {
        String key = "forged-" + UUID.randomUUID();

        sendToChannelTopic(key, with(with(complaint(), "channel", "EMAIL"), "idempotencyKey", key),
                withClaim(tokens.clientToken("mail-room"), "channels", List.of("EMAIL")));

        assertThat(deadLetterOf(key).headers().get("x-exception-message")).contains("not the platform's");
    }

    @Test
    void acceptsARecordWrittenWhileItsTokenWasValidThoughReadAfterItExpired() {
        String token = tokens.clientToken("service-center");
        String key = "after-outage-" + UUID.randomUUID();
        Map<String, Object> call = with(with(complaint(), "channel", "PHONE"), "idempotencyKey", key);
        // Intake's clock well past the token's expiry (client tokens live 5 minutes), as after an outage: the
        // record is written now (the broker's time) and read by an intake for which the token has expired.
        clock.advance(Duration.ofMinutes(10));
        try {
            assertThat(postWith(token, with(complaint(), "channel", "PHONE"), null, null).getStatusCode())
                    .as("the same token on the REST API, now").isEqualTo(HttpStatus.UNAUTHORIZED);

            sendToChannelTopic(key, call, token);

            JsonNode outcome = await().atMost(WAIT).until(() -> outcomesOf(key), found -> !found.isEmpty()).get(0);
            assertThat(outcome.get("type").asText()).isEqualTo("SubmissionAccepted");
            assertThat(outcome.at("/receipt/reference").asText()).startsWith("PL-");
        } finally {
            clock.reset();
        }
    }

    private TopicClient.Record deadLetterOf(String key) {
        return topics.readUntil(Topics.deadLetter(Topics.CHANNEL_SUBMISSIONS), record -> key.equals(record.key()), WAIT)
                .stream().filter(record -> key.equals(record.key())).findFirst()
                .orElseThrow(() -> new AssertionError("not dead-lettered: " + key));
    }

    private List<JsonNode> outcomesOf(String key) {
        return topics.readToEnd(OUTCOMES).stream().filter(record -> key.equals(record.key()))
                .map(record -> read(record.value())).toList();
    }

    /** {@code jwt} with one claim changed and its signature kept: what a forger can make of a real token. */
    private String withClaim(String jwt, String claim, Object value) {
        String[] parts = jwt.split("\\.");
        ObjectNode claims = (ObjectNode) read(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        claims.set(claim, json.valueToTree(value));
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(write(claims).getBytes(StandardCharsets.UTF_8));
        return parts[0] + "." + payload + "." + parts[2];
    }
}
