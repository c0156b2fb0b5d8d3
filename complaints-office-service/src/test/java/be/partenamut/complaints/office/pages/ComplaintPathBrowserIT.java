package be.partenamut.complaints.office.pages;

import be.partenamut.complaints.contracts.AppealDeadlineNotice;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The whole path of a complaint through the office's pages, in a real browser: a web-form complaint reaches the
 * department's queue; its agent answers at the first line; an officer registers the member's escalation, records
 * the instruction, answers for the complaints service (seeing the appeal-deadline notice as the member will read
 * it) and issues a recommendation. At each step the page shows the timeline grown by one line and only the
 * actions now possible. On the way: another department's agent gets a 403 page; a complaint text holding a
 * script shows as text and runs nothing; a form sent empty shows its errors; Dutch labels; and two members of
 * staff acting on the same complaint in two browser sessions, the second told it changed in the meantime.
 */
class ComplaintPathBrowserIT extends OfficeBrowserTest {

    private static final String SCRIPT = "<script>alert(1)</script>";

    @Test
    void takesAWebFormComplaintFromTheFirstLineToARecommendation() throws Exception {
        UUID id = webFormComplaint(SCRIPT + " Mijn terugbetaling is nog niet uitgevoerd.");

        // The department's agent, in French.
        signIn("agent");
        open("/complaints/" + id);
        await(page -> !page.findElements(By.id("complaint-heading")).isEmpty(), "the complaint page");
        assertThat(text("complaint-description")).isEqualTo(SCRIPT + " Mijn terugbetaling is nog niet uitgevoerd.");
        assertNoScriptRan();
        assertThat(text("actions-heading")).isEqualTo("Actions possibles");
        assertThat(text("complaint-channel")).isEqualTo("Formulaire web");
        assertThat(forms()).containsExactlyInAnyOrder("form-answer-first-line", "form-reroute");
        assertThat(timeline()).containsExactly("ComplaintReceived", "ComplaintAcknowledged", "ComplaintRouted");
        assertThat(browser.findElement(By.cssSelector("#deadline-FIRST_LINE td.number")).getText()).isNotBlank();
        assertAccessible();
        screenshot("complaint-1-agent");

        // A form sent empty: its error, in the form, in French; nothing recorded.
        submit("answer-first-line");
        await(page -> !page.findElements(By.id("answer-first-line-text-error")).isEmpty(), "the form's error");
        assertThat(text("answer-first-line-text-error")).isEqualTo("Ce champ est obligatoire.");
        assertThat(timeline()).hasSize(3);
        assertAccessible();
        screenshot("complaint-2-agent-form-error");

        type("answer-first-line-text", "Uw terugbetaling is vandaag uitgevoerd.");
        submit("answer-first-line");
        awaitDone("Réponse de première ligne enregistrée", 4);
        assertThat(timeline()).endsWith("ComplaintAnswered");
        assertThat(forms()).containsExactlyInAnyOrder("form-reroute", "form-close");
        assertThat(text("first-line-answer")).isEqualTo("Uw terugbetaling is vandaag uitgevoerd.");
        assertAccessible();
        screenshot("complaint-3-agent-answered");
        signOut();

        // Another department's agent may not open it.
        signIn("agent-home-care");
        open("/complaints/" + id);
        await(page -> !page.findElements(By.id("error-status")).isEmpty(), "the refusal page");
        assertThat(text("error-status")).isEqualTo("403");
        assertThat(text("error-heading")).isEqualTo("Pas votre service");
        assertThat(browser.getPageSource()).doesNotContain("Mijn terugbetaling");
        assertAccessible();
        screenshot("complaint-4-other-department-403");
        open(PagePaths.HOME);
        signOut();

        // The complaints service.
        signIn("officer");
        open("/complaints/" + id);
        await(page -> !page.findElements(By.id("form-escalate")).isEmpty(), "the escalation form");
        assertThat(forms()).containsExactlyInAnyOrder("form-reroute", "form-escalate", "form-decline", "form-close");
        type("escalate-text", "Het lid is het niet eens met het antwoord (brief van 1 december).");
        submit("escalate");
        awaitDone("escalation", 5);
        assertThat(timeline()).endsWith("ComplaintEscalated");
        assertThat(forms()).containsExactlyInAnyOrder("form-reroute", "form-instruct", "form-request-input",
                "form-record-interim-message", "form-decline");
        assertThat(browser.findElement(By.cssSelector("#deadline-COMPLAINTS_SERVICE td.number")).getText()).isNotBlank();
        assertAccessible();
        screenshot("complaint-5-officer-escalated");

        type("instruct-text", "Attest ontvangen op 14 oktober, verwerkt op 18 november.");
        submit("instruct");
        awaitDone("instruction", 6);
        assertThat(timeline()).endsWith("ComplaintInstructed");
        assertThat(forms()).containsExactlyInAnyOrder("form-reroute", "form-instruct", "form-request-input",
                "form-answer-as-complaints-service", "form-record-interim-message", "form-decline");
        // The member (who wrote in Dutch) will read this warning in the answer, word for word.
        WebElement notice = browser.findElement(By.cssSelector("#appeal-notice span[lang]"));
        assertThat(notice.getText()).isEqualTo(AppealDeadlineNotice.in(Language.NL));
        assertThat(notice.getDomAttribute("lang")).isEqualTo("nl");
        assertAccessible();
        screenshot("complaint-6-officer-instructed");

        browser.findElement(By.id("outcome-PARTLY_FOUNDED")).click();
        type("answer-as-complaints-service-text", "De terugbetaling is uitgevoerd; de vertraging was niet gerechtvaardigd.");
        submit("answer-as-complaints-service");
        awaitDone("complaints service's answer", 7);
        assertThat(timeline()).endsWith("ComplaintAnswered");
        assertThat(text("complaints-service-outcome")).isEqualTo("Partiellement fondée");
        assertThat(forms()).containsExactlyInAnyOrder("form-reroute", "form-issue-recommendation", "form-close");

        new Select(browser.findElement(By.id("issue-recommendation-department"))).selectByValue(AGENTS_DEPARTMENT);
        type("issue-recommendation-text", "Attesten binnen vijf werkdagen verwerken.");
        submit("issue-recommendation");
        awaitDone("recommendation", 8);
        assertThat(timeline()).endsWith("RecommendationIssued");
        assertThat(text("timeline")).contains("Recommandation adressée au service " + AGENTS_DEPARTMENT);
        assertThat(text("recommendations")).contains("Attesten binnen vijf werkdagen verwerken.");
        assertAccessible();
        screenshot("complaint-7-officer-recommendation");

        // The same page in Dutch.
        browser.findElement(By.id("language-nl")).click();
        await(page -> "Mogelijke acties".equals(page.findElement(By.id("actions-heading")).getText()), "the Dutch page");
        assertThat(text("complaint-channel")).isEqualTo("Webformulier");
        assertThat(text("timeline")).contains("Aanbeveling gericht aan de dienst " + AGENTS_DEPARTMENT);
        assertThat(browser.findElement(By.cssSelector("#form-close button")).getText()).isEqualTo("Afsluiten");
        assertAccessible();
        screenshot("complaint-8-officer-nl");
        browser.findElement(By.id("language-fr")).click();
        await(page -> "Actions possibles".equals(page.findElement(By.id("actions-heading")).getText()), "back in French");
    }

    /** Two sessions on one complaint: the second to send its form is told what changed; nothing is overwritten. */
    @Test
    void tellsTheSecondOfTwoStaffThatTheComplaintChangedInTheMeantime() throws Exception {
        UUID id = webFormComplaint("Mijn terugbetaling is nog niet uitgevoerd.");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(asAgent().postForEntity("/api/v1/complaints/" + id + "/first-line-answer",
                new HttpEntity<>("{\"answer\":\"Geregeld.\"}", headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        signIn("officer");
        open("/complaints/" + id);
        await(page -> !page.findElements(By.id("form-close")).isEmpty(), "the officer's page");

        WebDriver first = browser;
        WebDriver second = secondBrowser();
        try {
            browser = second;
            signIn("admin");
            open("/complaints/" + id);
            await(page -> !page.findElements(By.id("form-escalate")).isEmpty(), "the administrator's page");
            type("escalate-text", "Het lid is het niet eens met het antwoord.");
            submit("escalate");
            awaitDone("escalation", 5);
        } finally {
            browser = first;
            second.quit();
        }

        // The officer still has the page as it was, and closes the complaint on it.
        await(page -> !page.findElements(By.id("close-text")).isEmpty(), "the officer's page as it was");
        type("close-text", "Opgelost na het antwoord van de eerste lijn.");
        submit("close");
        await(page -> !page.findElements(By.id("complaint-changed")).isEmpty(), "the changed-in-the-meantime message");
        assertThat(text("complaint-changed")).contains("Modifiée entre-temps")
                .contains("Transmise au service des plaintes").contains("admin");
        // Closing is no longer possible (the complaints service must answer first): the page offers only what is,
        // and gives back what the officer typed, unsaved.
        assertThat(forms()).containsExactlyInAnyOrder("form-reroute", "form-instruct", "form-request-input",
                "form-record-interim-message", "form-decline");
        assertThat(text("unsaved-text")).isEqualTo("Opgelost na het antwoord van de eerste lijn.");
        assertAccessible();
        screenshot("complaint-9-changed-in-the-meantime");
        // Nothing of the officer's was applied, and the escalation stands.
        JsonNode complaint = awaitComplaint(id, c -> true);
        assertThat(complaint.get("status").asText()).isEqualTo("ESCALATED");
        assertThat(complaint.get("closure").isNull()).isTrue();
    }

    /** A complaint from the public web form, as intake puts it on the submissions topic, routed to the agent's queue. */
    private UUID webFormComplaint(String description) throws Exception {
        ComplaintSubmitted submitted = submission(memberNumber(), "Sophie", "Peeters", "sophie.peeters@example.be",
                "Terugbetaling kinesitherapie", description);
        publish(submitted);
        UUID id = submitted.metadata().complaintId();
        awaitComplaint(id, c -> "ACKNOWLEDGED".equals(c.get("status").asText()));
        routeTo(id, AGENTS_DEPARTMENT);
        return id;
    }

    private void assertNoScriptRan() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.xpath("//script[contains(., 'alert(1)')]"))).isEmpty();
        assertThat(browser.getPageSource()).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    /** A second browser with a profile of its own: another member of staff's session. */
    private static WebDriver secondBrowser() throws Exception {
        Path profile = Files.createTempDirectory("office-chromium-second-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File("/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=fr-BE");
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build(), options);
    }
}
