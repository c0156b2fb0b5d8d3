package be.partenamut.complaints.intake.duplicate;

import be.partenamut.complaints.intake.IntakeIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same member, the same category, a similar text within 30 days: the new complaint is accepted
 * and flagged for staff as a possible duplicate of the earlier one.
 */
class PossibleDuplicateIT extends IntakeIntegrationTest {

    private static final String TEXT = "Mon remboursement de kinésithérapie du 12 octobre n'a toujours pas été effectué, "
            + "malgré l'attestation déposée à l'agence de Namur.";

    @Test
    void flagsASimilarComplaintOfTheSameMemberInTheSameCategoryAndStillAcceptsIt() {
        String member = anotherMemberNumber();
        String first = accepted(complaint(member, "REIMBURSEMENT", TEXT));

        ResponseEntity<String> again = post(complaint(member, "REIMBURSEMENT",
                "Bonjour, " + TEXT + " Je n'ai eu aucune nouvelle depuis."));

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(submitted(again).at("/file/possibleDuplicateOf").asText()).isEqualTo(first);
    }

    @Test
    void pointsAtTheMostSimilarEarlierComplaint() {
        String member = anotherMemberNumber();
        accepted(complaint(member, "REIMBURSEMENT", TEXT + " Premier courrier, envoyé en novembre avec copie."));
        String closest = accepted(complaint(member, "REIMBURSEMENT", TEXT + " Deuxième rappel."));

        JsonNode third = submitted(post(complaint(member, "REIMBURSEMENT", TEXT + " Deuxième rappel, svp.")));

        assertThat(third.at("/file/possibleDuplicateOf").asText()).isEqualTo(closest);
    }

    @Test
    void flagsNothingForAnotherCategoryAnotherTextOrAnotherMember() {
        String member = anotherMemberNumber();
        accepted(complaint(member, "REIMBURSEMENT", TEXT));

        JsonNode otherCategory = submitted(post(complaint(member, "HOME_CARE", TEXT)));
        JsonNode otherText = submitted(post(complaint(member, "REIMBURSEMENT",
                "L'accueil au guichet ce matin était désagréable et personne n'a pu répondre à ma question.")));
        JsonNode otherMember = submitted(post(complaint(anotherMemberNumber(), "REIMBURSEMENT", TEXT)));

        assertThat(otherCategory.at("/file/possibleDuplicateOf").isNull()).isTrue();
        assertThat(otherText.at("/file/possibleDuplicateOf").isNull()).isTrue();
        assertThat(otherMember.at("/file/possibleDuplicateOf").isNull()).isTrue();
    }

    private static Map<String, Object> complaint(String member, String category, String description) {
        return with(with(with(with(complaint(), "memberNumber", member), "category", category), "description",
                description), "subject", "Plainte " + UUID.randomUUID());
    }

    private String accepted(Map<String, Object> body) {
        ResponseEntity<String> response = post(body);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return read(response.getBody()).get("complaintId").asText();
    }

    private JsonNode submitted(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        return read(messagesOf(read(response.getBody()).get("complaintId").asText()).get(0).value());
    }
}
