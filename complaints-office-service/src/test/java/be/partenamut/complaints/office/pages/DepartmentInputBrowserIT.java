package be.partenamut.complaints.office.pages;

import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second line works with the service concerned, in a real browser: an officer instructing an escalated
 * complaint asks a department for its input; that department's agent signs in, reads the complaint (now in the
 * complaints service's queue) and replies; the officer sees the reply on the complaint and its timeline. The
 * first-line department's agent may read the escalated complaint but is offered no action, and a close sent
 * anyway is refused with a 403 page.
 */
class DepartmentInputBrowserIT extends OfficeBrowserTest {

    private static final String ASKED = "HOME_CARE";
    private static final String QUESTION = "Is het attest van 14 oktober bij de thuiszorg toegekomen?";
    private static final String REPLY = "Ja, ontvangen op 14 oktober; doorgestuurd op 18 november.";

    @Test
    void anOfficerAsksADepartmentWhoseAgentRepliesAndTheFirstLineMayOnlyRead() throws Exception {
        UUID id = escalatedComplaint();
        String page = "/complaints/" + id;

        // The officer asks the department concerned.
        signIn("officer");
        open(page);
        await(p -> !p.findElements(By.id("form-request-input")).isEmpty(), "the request-for-input form");
        assertThat(text("form-request-input-heading")).isEqualTo("Demander l'avis d'un service");
        new Select(browser.findElement(By.id("request-input-department"))).selectByValue(ASKED);
        type("request-input-text", QUESTION);
        submit("request-input");
        awaitDone("the request for input", 7);
        assertThat(timeline()).endsWith("DepartmentInputRequested");
        assertThat(text("timeline")).contains("Avis demandé au service " + ASKED);
        assertThat(text("input-requests")).contains(QUESTION).contains("En attente de la réponse du service.");
        assertAccessible();
        screenshot("input-1-officer-asked");
        signOut();

        // The department asked finds the complaint (now in the complaints service's queue, not its own) listed apart
        // on its queue page, opens it, reads it and replies; nothing else is offered to it.
        signIn("agent-home-care");
        await(p -> {
            p.get(officeUrl() + "/queues");
            return !p.findElements(By.id("awaited-input-" + id)).isEmpty();
        }, "the complaint among those awaiting the department's input");
        assertThat(text("awaited-input-heading")).contains("attend l'avis de votre service");
        assertAccessible();
        screenshot("input-2a-department-queue");
        browser.findElement(By.cssSelector("#awaited-input-" + id + " a")).click();
        await(p -> !p.findElements(By.id("form-give-input")).isEmpty(), "the reply form");
        assertThat(text("input-awaited-from-you")).contains("attend l'avis de votre service");
        assertThat(forms()).containsExactly("form-give-input");
        assertThat(new Select(browser.findElement(By.id("give-input-request"))).getFirstSelectedOption().getText())
                .contains(ASKED).contains(QUESTION);
        assertAccessible();
        screenshot("input-2-department-asked");

        // Sent empty: the form says what is missing; nothing recorded.
        submit("give-input");
        await(p -> !p.findElements(By.id("give-input-text-error")).isEmpty(), "the form's error");
        assertThat(text("give-input-text-error")).isEqualTo("Ce champ est obligatoire.");
        assertThat(timeline()).hasSize(7);

        type("give-input-text", REPLY);
        submit("give-input");
        awaitDone("the department's input", 8);
        assertThat(timeline()).endsWith("DepartmentInputGiven");
        assertThat(text("input-requests")).contains(REPLY).contains("agent-home-care");
        assertThat(forms()).isEmpty();
        assertThat(text("actions-none")).isNotBlank();
        assertAccessible();
        screenshot("input-3-department-replied");
        await(p -> {
            p.get(officeUrl() + "/queues");
            return !p.findElements(By.id("queue-heading")).isEmpty()
                    && p.findElements(By.id("awaited-input-" + id)).isEmpty();
        }, "the complaint no longer awaiting the department's input");
        open(page);
        await(p -> !p.findElements(By.id("input-requests")).isEmpty(), "the complaint page again");

        // In Dutch (then back to French: the preference is kept for this account).
        browser.findElement(By.id("language-nl")).click();
        await(p -> p.findElement(By.id("timeline")).getText().contains("Inbreng van de dienst " + ASKED + " ontvangen"),
                "the Dutch timeline");
        assertThat(text("input-requests")).contains("Inbreng gevraagd aan de dienst " + ASKED);
        assertAccessible();
        screenshot("input-4-department-replied-nl");
        browser.findElement(By.id("language-fr")).click();
        await(p -> p.findElement(By.id("timeline")).getText().contains("Avis du service " + ASKED + " reçu"),
                "the French timeline again");
        signOut();

        // The first-line department reads the escalated complaint, is offered nothing, and a close is refused.
        signIn("agent");
        open(page);
        await(p -> !p.findElements(By.id("actions-none")).isEmpty(), "the first line's read-only page");
        assertThat(forms()).isEmpty();
        assertThat(text("input-requests")).contains(REPLY);
        assertAccessible();
        screenshot("input-5-first-line-reads");
        postAnyway(page + "/close", "Opgelost.");
        await(p -> !p.findElements(By.id("error-status")).isEmpty(), "the refusal page");
        assertThat(text("error-status")).isEqualTo("403");
        assertThat(text("error-heading")).isEqualTo("Transmise au service des plaintes");
        assertAccessible();
        screenshot("input-6-first-line-refused");
        open(PagePaths.HOME);
        signOut();

        // The officer sees the reply, who gave it and when.
        signIn("officer");
        open(page);
        await(p -> p.findElement(By.id("timeline")).getText().contains("Avis du service " + ASKED + " reçu"),
                "the reply on the officer's timeline");
        WebElement request = browser.findElement(By.cssSelector("#input-requests > li"));
        assertThat(request.getDomAttribute("data-open")).isEqualTo("false");
        assertThat(request.findElement(By.cssSelector(".input-reply")).getText()).contains(REPLY).contains("agent-home-care");
        assertAccessible();
        screenshot("input-7-officer-reads-the-reply");

        JsonNode complaint = awaitComplaint(id, c -> true);
        assertThat(complaint.get("status").asText()).isEqualTo("ESCALATED");
        assertThat(complaint.get("closure").isNull()).as("the first line's close was not applied").isTrue();
        assertThat(complaint.at("/inputRequests/0/repliedBy").asText()).isEqualTo("agent-home-care");
    }

    /** Answered by the first line, escalated by the complaints service, and put in its queue by routing. */
    private UUID escalatedComplaint() throws Exception {
        ComplaintSubmitted submitted = submission(memberNumber(), "Sophie", "Peeters", "sophie.peeters@example.be",
                "Terugbetaling thuisverpleging", "Mijn terugbetaling van de thuisverpleging is nog niet uitgevoerd.");
        publish(submitted);
        UUID id = submitted.metadata().complaintId();
        awaitComplaint(id, c -> "ACKNOWLEDGED".equals(c.get("status").asText()));
        routeTo(id, AGENTS_DEPARTMENT);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(asAgent().postForEntity("/api/v1/complaints/" + id + "/first-line-answer",
                new HttpEntity<>("{\"answer\":\"Uw dossier is in orde.\"}", headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(asOfficer().postForEntity("/api/v1/complaints/" + id + "/escalation",
                new HttpEntity<>("{\"reason\":\"Ik ben het niet eens.\"}", headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        routeTo(id, "COMPLAINTS_SERVICE");
        return id;
    }

    /**
     * Posts an action form the page does not offer, as a hand-made request would (with the session's CSRF token from
     * the page's meta tag): the office must refuse it, not merely hide the form.
     */
    private void postAnyway(String action, String text) {
        ((JavascriptExecutor) browser).executeScript("""
                const form = document.createElement('form');
                form.method = 'post';
                form.action = arguments[0];
                const fields = {text: arguments[1],
                                _csrf: document.querySelector('meta[name=_csrf]').getAttribute('content')};
                for (const [name, value] of Object.entries(fields)) {
                    const input = document.createElement('input');
                    input.type = 'hidden';
                    input.name = name;
                    input.value = value;
                    form.appendChild(input);
                }
                document.body.appendChild(form);
                form.submit();""", action, text);
    }
}
