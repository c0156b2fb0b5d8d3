package be.partenamut.complaints.office.pages;

import be.partenamut.complaints.contracts.ComplaintFileBuilder;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.workingdays.ServiceLevels;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The escalation pages of the complaints service. An officer registers a complaint with its escalation at once for a
 * member who spoke to the Service Center orally, the contact recorded on the complaint's page. And an officer
 * registers, on the complaint's page, the escalation of a complaint whose first line stayed silent past
 * its target date, giving the day the member's letter reached the complaints service: a day in the future is
 * refused on the form, in the officer's language; the day the letter came is kept and the complaints service's due
 * date counts from it.
 */
class EscalationDatesBrowserIT extends OfficeBrowserTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired
    ServiceLevels serviceLevels;

    @Test
    void registersTheEscalationOfASilentFirstLineFromTheDayTheLetterCame() throws Exception {
        LocalDate today = LocalDate.now(BRUSSELS);
        UUID id = silentComplaint(today.minusDays(3));
        LocalDate letterCame = today.minusDays(2);

        signIn("officer");
        open("/complaints/" + id);
        await(page -> !page.findElements(By.id("form-escalate")).isEmpty(), "the escalation form, the first line silent");
        assertThat(browser.findElement(By.cssSelector("label[for=escalate-received-on]")).getText())
                .contains("Date de réception");
        screenshot("escalation-dates-1-form");

        // A day that has not come yet.
        type("escalate-text", "Le membre n'a jamais reçu de réponse (lettre du service des plaintes).");
        date("escalate-received-on", today.plusDays(2));
        browser.findElement(By.id("submit-escalate")).click();
        await(page -> !page.findElements(By.id("escalate-received-on-error")).isEmpty(), "the date's error");
        assertThat(text("escalate-received-on-error")).contains("ne peut pas être dans le futur");
        assertThat(browser.findElements(By.cssSelector("#timeline > li"))).hasSize(3);
        assertAccessible();
        screenshot("escalation-dates-2-future-refused");

        // The day the letter came.
        date("escalate-received-on", letterCame);
        browser.findElement(By.id("submit-escalate")).click();
        await(page -> !page.findElements(By.id("complaint-done")).isEmpty()
                && page.findElements(By.cssSelector("#timeline > li")).size() == 4, "the escalation recorded");
        LocalDate due = serviceLevels.complaintsServiceDueDate(letterCame.atStartOfDay(BRUSSELS).toInstant()).dueDate();
        assertThat(browser.findElement(By.cssSelector("#deadline-COMPLAINTS_SERVICE")).getText())
                .contains(due.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(browser.findElements(By.id("form-escalate"))).isEmpty();
        assertAccessible();
        screenshot("escalation-dates-3-escalated");
    }

    @Test
    void registersTheComplaintOfAMemberWhoSpokeToTheServiceCenterWithItsEscalation() {
        LocalDate today = LocalDate.now(BRUSSELS);
        String lastName = "Claes-" + UUID.randomUUID().toString().substring(0, 8);

        signIn("officer");
        browser.findElement(By.id("nav-register")).click();
        await(page -> !page.findElements(By.id("form-register")).isEmpty(), "the registration form");
        // Sent empty: every required field says so, nothing is registered.
        browser.findElement(By.id("submit-register")).click();
        await(page -> !page.findElements(By.id("registration-errors")).isEmpty(), "the form's errors");
        assertThat(text("registration-lastName-error")).isEqualTo("Ce champ est obligatoire.");
        assertThat(text("registration-contactPlace-error")).isEqualTo("Ce champ est obligatoire.");
        assertAccessible();
        screenshot("escalated-complaint-1-errors");

        type("registration-memberNumber", String.valueOf(300_000_000L + (long) (Math.random() * 699_999_999L)));
        type("registration-firstName", "Lucie");
        type("registration-lastName", lastName);
        type("registration-email", "lucie.claes@example.be");
        choose("registration-language", "FR");
        choose("registration-channel", "PHONE");
        type("registration-category", "REIMBURSEMENT");
        type("registration-subject", "Remboursement refusé");
        type("registration-description", "Mon remboursement de kinésithérapie a été refusé sans explication.");
        type("registration-reason", "Le Service Center n'a rien pu arranger au téléphone.");
        date("registration-contactOn", today.minusDays(1));
        browser.findElement(By.id("registration-place-SERVICE_CENTER")).click();
        browser.findElement(By.id("submit-register")).click();

        await(page -> !page.findElements(By.id("complaint-done")).isEmpty(), "the registered complaint's page");
        assertThat(text("escalation-oral-contact")).contains("Le Service Center",
                today.minusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(browser.findElements(By.cssSelector("#timeline > li")).stream()
                .map(line -> line.getDomAttribute("data-type")).toList())
                .startsWith("ComplaintReceived", "ComplaintEscalated");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(lastName);
        assertAccessible();
        screenshot("escalated-complaint-2-registered");
    }

    /** A complaint received weeks ago, in the demo agent's queue, its first line due on {@code firstLineDueDate}. */
    private UUID silentComplaint(LocalDate firstLineDueDate) throws Exception {
        ComplaintSubmitted sample = submission();
        Instant receivedAt = Instant.now().minus(Duration.ofDays(30));
        ComplaintSubmitted submitted = new ComplaintSubmitted(
                MessageMetadata.of(UUID.randomUUID(), sample.metadata().complaintId(), receivedAt,
                        sample.metadata().correlationId(), null),
                ComplaintFileBuilder.from(sample.file()).receivedAt(receivedAt).firstLineDueDate(firstLineDueDate).build());
        publish(submitted);
        UUID id = submitted.metadata().complaintId();
        awaitComplaint(id, c -> "ACKNOWLEDGED".equals(c.get("status").asText()));
        routeTo(id, AGENTS_DEPARTMENT);
        return id;
    }

    private void choose(String id, String value) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id(id))).selectByValue(value);
    }

    /** A date field's value as the browser posts it (ISO), whatever the locale shows. */
    private void date(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id(id)), date.toString());
    }
}
