package be.partenamut.complaints.intake.policy;

import be.partenamut.complaints.intake.IntakeIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code complaints.intake.first-line-first: false}, a request to the complaints service about a
 * matter the service in charge has never seen is sent back to it, in the member's language, instead of
 * being passed on.
 */
@TestPropertySource(properties = "complaints.intake.first-line-first=false")
// Its own context, closed afterwards: left cached, its outbox relay would keep publishing from the shared
// database behind the back of tests that stop the relay to hold a message (OutboxRelayIT).
@DirtiesContext
class FirstLineFirstOffIT extends IntakeIntegrationTest {

    @Test
    void sendsTheMemberToTheServiceInChargeFirst() {
        Map<String, Object> toComplaintsService = with(with(complaint(), "channel", "EMAIL"), "addressee", "COMPLAINTS_SERVICE");

        ResponseEntity<String> fr = post(with(toComplaintsService, "language", "fr"));
        ResponseEntity<String> nl = post(toComplaintsService);

        assertThat(fr.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode frProblem = read(fr.getBody());
        JsonNode nlProblem = read(nl.getBody());
        assertThat(frProblem.get("type").asText()).endsWith("/not-escalable");
        assertThat(frProblem.get("reason").asText()).isEqualTo("not-brought-to-first-line");
        assertThat(frProblem.get("detail").asText()).contains("service en charge de votre dossier", "02 44 44 111");
        assertThat(nlProblem.get("detail").asText()).contains("dienst die uw dossier behandelt");
    }
}
