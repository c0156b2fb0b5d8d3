package be.partenamut.complaints.intake.form;

import be.partenamut.complaints.intake.IntakeIntegrationTest;
import be.partenamut.complaints.intake.WebForms;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public web form over HTTP, as a browser without script sees it: languages, labels, CSRF,
 * messages beside the fields, text never interpreted as markup. {@code ComplaintFormBrowserIT} drives
 * it in a real browser.
 */
class WebFormIT extends IntakeIntegrationTest {

    private static final Pattern CONTROL = Pattern.compile("<(input|select|textarea)[^>]*\\sid=\"([^\"]+)\"");

    private WebForms forms() {
        return new WebForms(http);
    }

    @Test
    void servesTheFormInFrenchDutchAndGermanWithALabelForEveryField() {
        Map<String, String> titles = Map.of("fr", "Signaler une insatisfaction", "nl", "Een klacht melden",
                "de", "Eine Beschwerde melden");
        titles.forEach((language, title) -> {
            WebForms.Page page = forms().open("?lang=" + language);

            assertThat(page.html()).contains("<html lang=\"" + language + "\"", "<h1>" + title + "</h1>",
                    "hreflang=\"fr\"", "hreflang=\"nl\"", "hreflang=\"de\"");
            Matcher controls = CONTROL.matcher(page.html());
            int count = 0;
            while (controls.find()) {
                count++;
                assertThat(page.html()).as("label of " + controls.group(2)).contains("<label for=\"" + controls.group(2) + "\"");
            }
            assertThat(count).as("nine fields (the reference for a disagreement) and the choice of a complaint, a suggestion or a disagreement").isEqualTo(12);
        });
    }

    @Test
    void speaksTheBrowsersLanguageWhenNoneIsChosen() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,nl-BE;q=0.8,fr;q=0.5");

        ResponseEntity<String> page = http.exchange("/", HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(page.getBody()).contains("<html lang=\"nl\"", "Een klacht melden");
    }

    @Test
    void allowsNothingButTheSitesOwnFilesAndNoFraming() {
        ResponseEntity<String> page = http.getForEntity("/", String.class);

        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'",
                "frame-ancestors 'none'");
        assertThat(page.getHeaders().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.getBody()).doesNotContain("<script");
    }

    @Test
    void registersAComplaintAndShowsTheReferenceAndTheDayOfTheAnswer() {
        WebForms.Page page = forms().open("?lang=fr");
        Map<String, String> fields = WebForms.memberFields();
        // The form's door sets its own channel: a channel field in the body changes nothing.
        fields.put("channel", "AGENCY");
        long stored = storedSubmissions();

        ResponseEntity<String> received = forms().submit(page, "?lang=fr", fields, true);

        assertThat(received.getStatusCode()).isEqualTo(HttpStatus.OK);
        Matcher reference = Pattern.compile("id=\"reference\">(PL-\\d{4}-\\d{6})<").matcher(received.getBody());
        assertThat(reference.find()).as(received.getBody()).isTrue();
        assertThat(received.getBody()).contains("Vous recevrez une réponse au plus tard le", "id=\"answer-due-by\"",
                "Un accusé de réception vous est envoyé par email.");
        assertThat(storedSubmissions()).isEqualTo(stored + 1);
        String complaintId = jdbc.sql("select complaint_id::text from submission where reference = :reference")
                .param("reference", reference.group(1)).query(String.class).single();
        JsonNode message = read(messagesOf(complaintId).get(0).value());
        assertThat(message.at("/file/channel").asText()).isEqualTo("WEB_FORM");
        assertThat(message.at("/file/member/language").asText()).isEqualTo("fr");

        // Posted twice (a double click, a reload): one complaint, the same reference.
        ResponseEntity<String> again = forms().submit(page, "?lang=fr", fields, true);
        assertThat(again.getBody()).contains(reference.group(1));
        assertThat(storedSubmissions()).isEqualTo(stored + 1);
    }

    @Test
    void registersASuggestionChosenOnTheFormWithoutAnAnswerDeadline() {
        Map<String, String> choices = Map.of("fr", "une suggestion", "nl", "een suggestie", "de", "einen Vorschlag");
        choices.forEach((language, choice) -> assertThat(forms().open("?lang=" + language).html())
                .containsPattern("<input type=\"radio\" id=\"kind-complaint\" name=\"kind\" value=\"COMPLAINT\"[^>]*checked")
                .contains("<label for=\"kind-suggestion\">" + choice));
        WebForms.Page page = forms().open("?lang=nl");
        Map<String, String> fields = WebForms.memberFields();
        fields.put("kind", "SUGGESTION");

        ResponseEntity<String> received = forms().submit(page, "?lang=nl", fields, true);

        assertThat(received.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(received.getBody()).contains("Bedankt, uw suggestie is geregistreerd", "Referentie van uw suggestie:",
                        "Voor een suggestie geldt geen antwoordtermijn.")
                .doesNotContain("id=\"answer-due-by\"", "klachtendienst");
        Matcher reference = Pattern.compile("id=\"reference\">(PL-\\d{4}-\\d{6})<").matcher(received.getBody());
        assertThat(reference.find()).as(received.getBody()).isTrue();
        String complaintId = jdbc.sql("select complaint_id::text from submission where reference = :reference")
                .param("reference", reference.group(1)).query(String.class).single();
        JsonNode message = read(messagesOf(complaintId).get(0).value());
        assertThat(message.at("/file/kind").asText()).isEqualTo("SUGGESTION");
        assertThat(message.at("/file/channel").asText()).isEqualTo("WEB_FORM");
        assertThat(message.at("/file/firstLineDueDate").isNull()).isTrue();
    }

    @Test
    void takesAnUnknownChoiceForTheFormsDefaultAComplaint() {
        WebForms.Page page = forms().open("?lang=fr");
        Map<String, String> fields = WebForms.memberFields();
        fields.put("kind", "<b>PRAISE</b>");

        ResponseEntity<String> received = forms().submit(page, "?lang=fr", fields, true);

        assertThat(received.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(received.getBody()).contains("Merci, votre plainte est enregistrée", "id=\"answer-due-by\"")
                .doesNotContain("PRAISE");
    }

    @Test
    void takesTheComplaintOfSomeoneWhoIsNotAMemberWithoutMemberNumber() {
        Map<String, String> optional = Map.of("fr", "(facultatif)", "nl", "(niet verplicht)", "de", "(freiwillig)");
        Map<String, String> help = Map.of("fr", "Vous n’êtes pas (encore) membre",
                "nl", "Bent u (nog) geen lid", "de", "Sie sind (noch) kein Mitglied");
        optional.forEach((language, word) -> assertThat(forms().open("?lang=" + language).html())
                .containsPattern("<label for=\"memberNumber\"><span>[^<]+</span>\\s*<span class=\"optional\">"
                        + Pattern.quote(word) + "</span>")
                .contains(help.get(language))
                .doesNotContainPattern("id=\"memberNumber\"[^>]*required"));
        WebForms.Page page = forms().open("?lang=fr");
        Map<String, String> fields = WebForms.memberFields();
        fields.put("memberNumber", "");

        ResponseEntity<String> received = forms().submit(page, "?lang=fr", fields, true);

        assertThat(received.getStatusCode()).isEqualTo(HttpStatus.OK);
        Matcher reference = Pattern.compile("id=\"reference\">(PL-\\d{4}-\\d{6})<").matcher(received.getBody());
        assertThat(reference.find()).as(received.getBody()).isTrue();
    }

    @Test
    void refusesAFormPostedWithoutItsTokenAndKeepsNothing() {
        WebForms.Page page = forms().open("?lang=nl");
        long stored = storedSubmissions();

        ResponseEntity<String> forged = forms().submit(page, "?lang=nl", WebForms.memberFields(), false);
        ResponseEntity<String> wrongToken = forms().post("?lang=nl", "memberNumber=100000001&_csrf="
                + java.net.URLEncoder.encode(page.csrfToken(), java.nio.charset.StandardCharsets.UTF_8),
                "XSRF-TOKEN=" + UUID.randomUUID(), MediaType.APPLICATION_FORM_URLENCODED);

        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forged.getBody()).contains("Formulier verlopen", "Laad de pagina opnieuw");
        assertThat(wrongToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(storedSubmissions()).isEqualTo(stored);
    }

    @Test
    void showsEachMessageBesideItsFieldInTheMembersLanguage() {
        WebForms.Page page = forms().open("?lang=nl");
        Map<String, String> fields = WebForms.memberFields();
        fields.put("memberNumber", "12");
        fields.put("email", "sophie@");
        fields.put("nationalRegisterNumber", "85.07.30-033.29");
        fields.remove("description");

        ResponseEntity<String> response = forms().submit(page, "?lang=nl", fields, true);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String html = response.getBody();
        assertThat(html).contains("<title>Fout: Een klacht melden</title>", "Het formulier bevat fouten");
        assertThat(html).contains("id=\"memberNumber-error\" class=\"error\">Het lidnummer telt 9 tot 13 cijfers.</p>");
        assertThat(html).contains("id=\"email-error\" class=\"error\">Dit e-mailadres is niet geldig");
        assertThat(html).contains("id=\"nationalRegisterNumber-error\" class=\"error\">Dit rijksregisternummer is niet geldig");
        assertThat(html).contains("id=\"description-error\" class=\"error\">Dit veld is verplicht.</p>");
        assertThat(html).containsPattern("id=\"memberNumber\"[^>]*value=\"12\"[^>]*aria-describedby=\"memberNumber-hint memberNumber-error\"[^>]*aria-invalid=\"true\"");
        assertThat(html).contains("<a href=\"#memberNumber\">");
    }

    @Test
    void tellsTheMemberWhereToWriteAboutAMedicalAdvisor() {
        WebForms.Page page = forms().open("?lang=fr");
        Map<String, String> fields = WebForms.memberFields();
        fields.put("category", "MEDICAL_ADVISOR");

        ResponseEntity<String> response = forms().submit(page, "?lang=fr", fields, true);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getBody()).contains("Plainte concernant un Médecin-Conseil", "id=\"category-error\"",
                "par écrit", "Service Plaintes, MLOZ, route de Lennik 788/A, 1070 Bruxelles",
                "href=\"https://www.mloz.be/fr/content/vous-avez-une-plainte\"");
    }

    @Test
    void showsWhatTheMemberTypedAsTextNeverAsMarkup() {
        WebForms.Page page = forms().open("?lang=fr");
        Map<String, String> fields = WebForms.memberFields();
        fields.put("memberNumber", "12");
        fields.put("subject", "<script>alert('subject')</script>");
        fields.put("description", "\"><img src=x onerror=alert(1)>");

        ResponseEntity<String> response = forms().submit(page, "?lang=fr", fields, true);

        assertThat(response.getBody()).doesNotContain("<script>alert", "<img src=x")
                .contains("&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt;", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void keepsTheApiStatelessAndFreeOfCsrfTokens() {
        ResponseEntity<String> response = post(complaint());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(response.getHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
    }
}
