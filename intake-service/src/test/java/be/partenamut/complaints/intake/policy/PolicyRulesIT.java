package be.partenamut.complaints.intake.policy;

import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.intake.IntakeIntegrationTest;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.workingdays.ServiceLevels;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One test per rule of the insurer's complaint policy, accepted or refused, each explained in French
 * and in Dutch (and German where it says something new).
 */
class PolicyRulesIT extends IntakeIntegrationTest {

    private static final String TYPES = "https://complaints.partenamut.be/problems/";

    @Autowired
    ServiceLevels serviceLevels;

    // --- anonymous: no way to identify the member -------------------------------------------------------

    @Test
    void acceptsAComplaintOfSomeoneWhoIsNotAMemberButGivesTheirNamesAndEmail() {
        // A prospect, an heir, someone acting for a member: identified, so not anonymous.
        ResponseEntity<String> accepted = post(with(with(complaint(), "memberNumber", null), "language", "fr"));

        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        String complaintId = read(accepted.getBody()).get("complaintId").asText();
        JsonNode message = read(messagesOf(complaintId).get(0).value());
        assertThat(message.at("/file/member/memberNumber").isNull()
                || message.at("/file/member/memberNumber").isMissingNode()).isTrue();
        assertThat(message.at("/file/member/dataSubjectId").asText()).isNotBlank();
        assertThat(open(complaintId, PersonalFields.LAST_NAME, message.at("/file/member/lastName")).value())
                .isEqualTo("Peeters");
        assertThat(open(complaintId, PersonalFields.EMAIL, message.at("/file/member/email")).value())
                .isEqualTo("sophie.peeters@example.be");
    }

    @Test
    void refusesAComplaintWithoutMemberNumberAsAnonymousWhenTheNamesOrTheEmailAreMissing() {
        // (One name without the other is a fault of form, a 400: the policy sees both names or none.)
        Map<String, Object> french = with(with(with(with(complaint(), "memberNumber", null), "language", "fr"),
                "firstName", null), "lastName", null);
        Map<String, Object> dutch = with(with(with(complaint(), "memberNumber", null), "channel", "PHONE"),
                "email", null);

        JsonNode fr = refused(french, "anonymous-complaint");
        JsonNode nl = refused(dutch, "anonymous-complaint");

        assertThat(fr.get("title").asText()).isEqualTo("Plainte anonyme");
        assertThat(fr.get("detail").asText()).contains("Nous ne traitons pas les plaintes anonymes",
                "Si vous n’êtes pas (encore) membre, indiquez vos nom, prénom et adresse email");
        assertThat(nl.get("title").asText()).isEqualTo("Anonieme klacht");
        assertThat(nl.get("detail").asText()).contains("Wij behandelen geen anonieme klachten",
                "Bent u (nog) geen lid, vermeld dan uw naam, voornaam en e-mailadres");
        assertThat(nl.get("language").asText()).isEqualTo("nl");
    }

    @Test
    void stillChecksAMemberNumberWhenOneIsGiven() {
        refused(with(complaint(), "memberNumber", "999999998"), "unknown-member");
    }

    @Test
    void refusesAComplaintWithNeitherNamesNorAnyWayToReachTheMemberAsAnonymous() {
        // 100000009 is a demo member without a postal address that reaches them.
        Map<String, Object> call = with(with(with(with(complaint(), "channel", "PHONE"), "memberNumber", "100000009"),
                "email", null), "firstName", null);
        call.remove("lastName");

        JsonNode fr = refused(with(call, "language", "fr"), "anonymous-complaint");
        JsonNode nl = refused(call, "anonymous-complaint");

        assertThat(fr.get("detail").asText()).contains("vos nom et prénom ou un moyen de vous contacter");
        assertThat(nl.get("detail").asText()).contains("naam en voornaam of een manier om u te contacteren");
    }

    @Test
    void acceptsAComplaintWithoutNamesWhenTheMemberCanBeReachedByPost() {
        Map<String, Object> call = with(with(with(with(complaint(), "channel", "PHONE"), "memberNumber", "100000001"),
                "email", null), "firstName", null);
        call.remove("lastName");

        assertThat(post(call).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(post(with(with(call, "memberNumber", "100000009"), "firstName", "Luc")).getStatusCode())
                .as("names and a member number, no address").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post(with(with(with(call, "memberNumber", "100000009"), "firstName", "Luc"), "lastName", "Martin"))
                .getStatusCode()).as("names and a member number identify the member").isEqualTo(HttpStatus.ACCEPTED);
    }

    // --- not about the insurer's products or services ---------------------------------------------------

    @Test
    void refusesAComplaintAboutAnotherOrganisationSayingWhy() {
        Map<String, Object> hospital = with(complaint(), "category", "OTHER_ORGANISATION");

        JsonNode fr = refused(with(hospital, "language", "fr"), "not-about-our-services");
        JsonNode nl = refused(hospital, "not-about-our-services");
        JsonNode de = refused(with(hospital, "language", "de"), "not-about-our-services");

        assertThat(fr.get("detail").asText()).contains("ne concernent pas les produits ou les services de Partenamut",
                "hôpital", "pharmacie");
        assertThat(nl.get("detail").asText()).contains("niet over de producten of diensten van Partenamut",
                "ziekenhuis", "apotheek");
        assertThat(de.get("detail").asText()).contains("nicht die Produkte oder Dienstleistungen von Partenamut");
    }

    // --- a Médecin-Conseil ------------------------------------------------------------------------------

    @Test
    void sendsAComplaintAboutAMedicalAdvisorToTheNationalUnionInWriting() {
        Map<String, Object> advisor = with(complaint(), "category", "MEDICAL_ADVISOR");

        JsonNode fr = refused(with(advisor, "language", "fr"), "medical-advisor");
        JsonNode nl = refused(advisor, "medical-advisor");

        String address = "Service Plaintes, MLOZ, route de Lennik 788/A, 1070 Bruxelles";
        String web = "https://www.mloz.be/fr/content/vous-avez-une-plainte";
        assertThat(fr.get("detail").asText()).contains("Médecin-Conseil", "par écrit", address, web);
        assertThat(nl.get("detail").asText()).contains("adviserend arts", "schriftelijk", address, web);
        for (JsonNode problem : List.of(fr, nl)) {
            JsonNode writeTo = problem.get("writeTo");
            assertThat(writeTo.get("name").asText()).isEqualTo("Service Plaintes, MLOZ");
            assertThat(writeTo.get("street").asText()).isEqualTo("route de Lennik 788/A");
            assertThat(writeTo.get("postalCode").asText()).isEqualTo("1070");
            assertThat(writeTo.get("city").asText()).isEqualTo("Bruxelles");
            assertThat(writeTo.get("web").asText()).isEqualTo(web);
            assertThat(writeTo.get("inWriting").asBoolean()).isTrue();
        }
    }

    // --- the member registry ----------------------------------------------------------------------------

    @Test
    void refusesAnUnknownMemberNumberWithAClearMessageAndCountsNothing() {
        Map<String, Object> unknown = with(complaint(), "memberNumber", "999999999");
        long published = publishedSubmissions();

        JsonNode fr = refused(with(unknown, "language", "fr"), "unknown-member");
        JsonNode nl = refused(unknown, "unknown-member");

        assertThat(fr.get("detail").asText()).contains("Nous ne trouvons aucun membre avec ce numéro");
        assertThat(nl.get("detail").asText()).contains("Wij vinden geen lid met dit nummer");
        assertThat(fr.toString()).doesNotContain("999999999");
        assertThat(publishedSubmissions()).as("a member can correct a number: not a declined submission")
                .isEqualTo(published);
    }

    // --- to the complaints service, never brought to the first line -------------------------------------

    @Test
    void passesAMatterNeverBroughtToTheFirstLineToTheFirstLineFirstSayingSo() {
        Map<String, Object> toComplaintsService = with(with(complaint(), "channel", "EMAIL"), "addressee", "COMPLAINTS_SERVICE");

        ResponseEntity<String> fr = post(with(toComplaintsService, "language", "fr"));
        ResponseEntity<String> nl = post(toComplaintsService);

        assertThat(fr.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(nl.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode frReceipt = read(fr.getBody());
        JsonNode nlReceipt = read(nl.getBody());
        assertThat(frReceipt.get("handledBy").asText()).isEqualTo("FIRST_LINE");
        assertThat(frReceipt.get("notice").asText()).contains("service en charge de votre dossier", "d’abord");
        assertThat(nlReceipt.get("notice").asText()).contains("dienst die uw dossier behandelt", "eerst");
        JsonNode message = read(messagesOf(frReceipt.get("complaintId").asText()).get(0).value());
        assertThat(message.get("type").asText()).isEqualTo("ComplaintSubmitted");
    }

    @Test
    void saysSoAgainWhenTheSameRequestIsRepeated() {
        Map<String, Object> toComplaintsService = with(complaint(), "addressee", "COMPLAINTS_SERVICE");
        String key = UUID.randomUUID().toString();

        ResponseEntity<String> first = post(toComplaintsService, key, null);
        ResponseEntity<String> again = post(toComplaintsService, key, null);

        assertThat(read(again.getBody())).isEqualTo(read(first.getBody()));
        assertThat(read(again.getBody()).get("notice").asText()).contains("eerst");
    }

    // --- the first line's period ------------------------------------------------------------------------

    @Test
    void tellsTheDayByWhichTheFirstLineAnswersFromTheWorkingDayCalendar() {
        ResponseEntity<String> response = post(complaint());

        JsonNode receipt = read(response.getBody());
        Instant receivedAt = Instant.parse(receipt.get("receivedAt").asText());
        LocalDate expected = serviceLevels.firstLineDueDate(receivedAt).dueDate();
        assertThat(LocalDate.parse(receipt.get("answerDueBy").asText())).isEqualTo(expected);
        JsonNode message = read(messagesOf(receipt.get("complaintId").asText()).get(0).value());
        assertThat(LocalDate.parse(message.at("/file/firstLineDueDate").asText())).isEqualTo(expected);
        assertThat(message.at("/file/possibleDuplicateOf").isNull()).isTrue();
    }

    // --- helpers ----------------------------------------------------------------------------------------

    /**
     * Posts a submission the policy does not take: a 422 problem of the rule's type, nothing stored, and
     * for what the policy does not handle at all a SubmissionDeclined with nothing personal in clear.
     */
    private JsonNode refused(Map<String, Object> body, String slug) {
        long stored = storedSubmissions();
        long published = publishedSubmissions();
        String key = UUID.randomUUID().toString();

        ResponseEntity<String> response = post(body, key, null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = read(response.getBody());
        assertThat(problem.get("type").asText()).isEqualTo(TYPES + slug);
        assertThat(problem.get("status").asInt()).isEqualTo(422);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("correlationId").asText()).isNotBlank();
        assertThat(storedSubmissions()).isEqualTo(stored);
        String declinedKey = UUID.nameUUIDFromBytes(("SubmissionDeclined:" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
        if (!slug.equals("unknown-member")) {
            List<TopicClient.Record> declined = messagesOf(declinedKey);
            assertThat(declined).hasSize(1);
            JsonNode message = read(declined.get(0).value());
            assertThat(message.get("type").asText()).isEqualTo("SubmissionDeclined");
            assertThat(message.get("reason").asText()).isEqualTo(switch (slug) {
                case "anonymous-complaint" -> "ANONYMOUS";
                case "not-about-our-services" -> "NOT_ABOUT_OUR_SERVICES";
                default -> "MEDICAL_ADVISOR";
            });
            assertThat(message.get("channel").asText()).isEqualTo(body.get("channel"));
            assertThat(message.get("language").asText()).isEqualTo(body.get("language"));
            boolean identified = !slug.equals("anonymous-complaint") && body.get("memberNumber") != null;
            if (identified) {
                // So the member can be told why, by mail or by letter; the key is destroyed once they are.
                assertThat(message.at("/member/memberNumber").asText()).startsWith("pd1.");
                assertThat(message.at("/member/dataSubjectId").asText()).isNotBlank();
                if (body.get("email") != null) {
                    assertThat(message.at("/member/email").asText()).startsWith("pd1.");
                }
            } else {
                assertThat(message.path("member").isNull() || message.path("member").isMissingNode()).isTrue();
            }
            for (String personal : List.of("memberNumber", "firstName", "lastName", "email", "subject", "description")) {
                if (body.get(personal) != null) {
                    assertThat(declined.get(0).value()).doesNotContain((String) body.get(personal));
                }
            }
        } else {
            assertThat(publishedSubmissions()).isEqualTo(published);
        }
        return problem;
    }
}
