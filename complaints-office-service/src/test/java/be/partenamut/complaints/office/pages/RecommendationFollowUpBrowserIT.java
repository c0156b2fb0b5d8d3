package be.partenamut.complaints.office.pages;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recommendation followed to its effect in the office's pages, in a real browser: an officer issues it on a
 * closed complaint to another department, naming another complaint that motivated it; that department's agent
 * (whose queue the complaint is not in) opens the complaint, accepts the recommendation, then records the day it
 * took effect. Each step shows on the recommendation (its state and history) and on the timeline, in French and in
 * Dutch, and only the next step's form is offered.
 */
class RecommendationFollowUpBrowserIT extends OfficeBrowserTest {

    private static final String TEXT = "Rappeler le membre sous deux jours ouvrables quand un attest manque.";

    @Test
    void anOfficerIssuesAfterClosureAndTheDepartmentAcceptsThenImplements() throws Exception {
        UUID motivating = routed();
        String motivatingReference = awaitComplaint(motivating, c -> true).get("reference").asText();
        UUID id = closedAfterTheComplaintsServiceAnswered();
        awaitCaughtUp("complaint-queue");

        signIn("officer");
        open("/complaints/" + id);
        await(page -> !page.findElements(By.id("form-issue-recommendation")).isEmpty(), "the recommendation form");
        assertThat(text("complaint-status")).isEqualTo("Clôturée");
        assertThat(forms()).containsExactly("form-issue-recommendation");
        int lines = timeline().size();
        new Select(browser.findElement(By.id("issue-recommendation-department"))).selectByValue("HOME_CARE");
        type("issue-recommendation-text", TEXT);
        type("issue-recommendation-references", motivatingReference);
        assertAccessible();
        screenshot("recommendation-1-officer-issues-after-closure");
        submit("issue-recommendation");
        awaitDone("the recommendation", ++lines);

        assertThat(timeline()).endsWith("ComplaintClosed", "RecommendationIssued");
        assertThat(text("timeline")).contains("Recommandation adressée au service HOME_CARE");
        assertThat(text("recommendation-1")).contains("Soins et services à domicile", TEXT, motivatingReference);
        assertThat(text("recommendation-1-state")).isEqualTo("Adressée, en attente de la réponse du service");
        assertThat(browser.findElement(By.cssSelector("#recommendation-1 a")).getDomAttribute("href"))
                .endsWith("/complaints/" + motivating);
        assertAccessible();
        screenshot("recommendation-2-officer-issued");
        signOut();

        // The department recommended to: not its queue, but its recommendation.
        signIn("agent-home-care");
        open("/complaints/" + id);
        await(page -> !page.findElements(By.id("form-accept-recommendation-1")).isEmpty(), "the acceptance form");
        assertThat(forms()).containsExactlyInAnyOrder("form-accept-recommendation-1", "form-reject-recommendation-1");
        assertThat(text("actions-none")).isNotBlank();
        assertAccessible();
        screenshot("recommendation-3-department-sees-it");
        submit("accept-recommendation-1");
        awaitDone("the acceptance", ++lines);

        assertThat(timeline()).endsWith("RecommendationIssued", "RecommendationAccepted");
        assertThat(text("timeline")).contains("Recommandation acceptée par le service HOME_CARE");
        assertThat(text("recommendation-1-state")).isEqualTo("Acceptée, mise en œuvre attendue");
        assertThat(text("recommendation-1-history")).contains("Acceptée le", "agent-home-care");
        assertThat(forms()).containsExactly("form-record-recommendation-implementation-1");
        WebElement day = browser.findElement(By.id("form-record-recommendation-implementation-1-date"));
        assertThat(day.getDomProperty("value")).isNotBlank();
        assertAccessible();
        screenshot("recommendation-4-department-accepted");
        submit("record-recommendation-implementation-1");
        awaitDone("the implementation", ++lines);

        assertThat(timeline()).endsWith("RecommendationIssued", "RecommendationAccepted", "RecommendationImplemented");
        assertThat(text("timeline")).contains("Recommandation mise en œuvre par le service HOME_CARE");
        assertThat(text("recommendation-1-state")).isEqualTo("Mise en œuvre");
        assertThat(text("recommendation-1-history")).contains("Mise en œuvre depuis le");
        assertThat(forms()).isEmpty();
        assertAccessible();
        screenshot("recommendation-5-department-implemented");

        browser.findElement(By.id("language-nl")).click();
        await(page -> "Uitgevoerd".equals(page.findElement(By.id("recommendation-1-state")).getText()), "the Dutch page");
        assertThat(text("timeline")).contains("Aanbeveling aanvaard door de dienst HOME_CARE",
                "Aanbeveling uitgevoerd door de dienst HOME_CARE");
        assertAccessible();
        screenshot("recommendation-6-department-nl");
        browser.findElement(By.id("language-fr")).click();
        await(page -> "Mise en œuvre".equals(page.findElement(By.id("recommendation-1-state")).getText()),
                "back in French");
        signOut();

        JsonNode complaint = awaitComplaint(id, c -> "IMPLEMENTED".equals(c.at("/recommendations/0/state").asText()));
        assertThat(complaint.at("/recommendations/0/accepted/by").asText()).isEqualTo("agent-home-care");
    }

    /** A complaint the complaints service answered and the office closed, through the staff API. */
    private UUID closedAfterTheComplaintsServiceAnswered() throws Exception {
        UUID id = answeredByTheFirstLine();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        for (String[] step : new String[][] {
                {"/escalation", "{\"reason\":\"Toujours pas d'accord.\"}"},
                {"/instruction", "{\"findings\":\"Attest manquant, membre jamais rappelé.\"}"},
                {"/complaints-service-answer", "{\"outcome\":\"FOUNDED\",\"answer\":\"Vous avez raison.\"}"},
                {"/closure", "{\"reason\":\"Résultat communiqué.\"}"}}) {
            ResponseEntity<String> response = asOfficer().postForEntity("/api/v1/complaints/" + id + step[0],
                    new HttpEntity<>(step[1], headers), String.class);
            assertThat(response.getStatusCode()).as(step[0] + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        }
        return id;
    }
}
