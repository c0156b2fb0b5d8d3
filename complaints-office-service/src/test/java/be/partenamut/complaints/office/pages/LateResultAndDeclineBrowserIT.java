package be.partenamut.complaints.office.pages;

import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer, in a real browser: tells the member of an escalated complaint why its result is late and when it is
 * now expected (an interim message), then declines another complaint, about a Médecin-Conseil. Each form offered
 * only when the complaint allows it; an empty form shows its errors; the timeline says what was done, in French
 * and in Dutch.
 */
class LateResultAndDeclineBrowserIT extends OfficeBrowserTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.belgian();
    private static final String WHY = "L'avis du service médical sur votre dossier est attendu pour la fin du mois.";

    @Test
    void anOfficerSendsAnInterimMessageThenDeclinesAnotherComplaint() throws Exception {
        UUID late = answeredByTheFirstLine();
        assertThat(post("/api/v1/complaints/" + late + "/escalation", "{\"reason\":\"Pas d'accord.\"}"))
                .isEqualTo(HttpStatus.OK);
        UUID aboutAMedecinConseil = routed();
        LocalDate newDate = CALENDAR.addWorkingDays(LocalDate.ofInstant(clock.instant(), CALENDAR.zone()), 8);

        signIn("officer");
        open("/complaints/" + late);
        await(page -> !page.findElements(By.id("form-record-interim-message")).isEmpty(), "the interim message form");
        assertThat(text("interim-notice")).contains("aucun avis de retard");
        assertAccessible();
        screenshot("late-1-officer-interim-form");

        // Sent empty: both fields say what is missing; nothing recorded.
        submit("record-interim-message");
        await(page -> !page.findElements(By.id("record-interim-message-date-error")).isEmpty(), "the form's errors");
        assertThat(text("record-interim-message-date-error")).isEqualTo("Indiquez un jour ouvrable postérieur à aujourd'hui.");
        assertThat(text("record-interim-message-text-error")).isEqualTo("Ce champ est obligatoire.");
        assertThat(timeline()).doesNotContain("InterimMessageRecorded");
        assertAccessible();
        screenshot("late-2-officer-interim-errors");

        setDate("record-interim-message-date", newDate);
        type("record-interim-message-text", WHY);
        submit("record-interim-message");
        awaitDone("InterimMessageRecorded");
        String day = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(newDate);
        assertThat(text("complaint-done")).isEqualTo("Le message intermédiaire est enregistré : le membre le recevra.");
        assertThat(text("interim-messages")).contains(WHY, "Résultat prévu au plus tard le " + day);
        assertThat(text("timeline")).contains(
                "Message intermédiaire envoyé au membre ; résultat désormais prévu pour le " + day);
        assertThat(forms()).contains("form-record-interim-message", "form-instruct", "form-decline");
        assertAccessible();
        screenshot("late-3-officer-interim-sent");

        // Another complaint: about a Médecin-Conseil, which the policy sends to MLOZ.
        open("/complaints/" + aboutAMedecinConseil);
        await(page -> !page.findElements(By.id("form-decline")).isEmpty(), "the decline form");
        assertThat(forms()).doesNotContain("form-record-interim-message");
        browser.findElement(By.id("decline-reason-MEDICAL_ADVISOR")).click();
        type("decline-text", "Votre plainte porte sur la décision du médecin-conseil qui vous a examiné.");
        assertAccessible();
        screenshot("late-4-officer-decline-form");
        submit("decline");
        awaitDone("ComplaintClosed");
        assertThat(timeline()).endsWith("ComplaintDeclined", "ComplaintClosed");
        assertThat(text("decline-reason")).isEqualTo(
                "concerne un Médecin-Conseil (à adresser au Service Plaintes de la MLOZ)");
        assertThat(text("decline-explanation"))
                .isEqualTo("Votre plainte porte sur la décision du médecin-conseil qui vous a examiné.");
        assertThat(forms()).isEmpty();
        assertThat(text("actions-none")).isNotBlank();
        assertAccessible();
        screenshot("late-5-officer-declined");

        // In Dutch.
        browser.findElement(By.id("language-nl")).click();
        await(page -> "Mogelijke acties".equals(page.findElement(By.id("actions-heading")).getText()), "the Dutch page");
        assertThat(text("timeline")).contains("Klacht geweigerd: gaat over een adviserend arts");
        assertAccessible();
        screenshot("late-6-officer-declined-nl");
        browser.findElement(By.id("language-fr")).click();
        await(page -> "Actions possibles".equals(page.findElement(By.id("actions-heading")).getText()), "back in French");

        JsonNode declined = awaitComplaint(aboutAMedecinConseil, c -> true);
        assertThat(declined.get("status").asText()).isEqualTo("CLOSED");
        assertThat(declined.at("/decline/reason").asText()).isEqualTo("MEDICAL_ADVISOR");
    }

    private HttpStatus post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return HttpStatus.valueOf(asOfficer().postForEntity(path, new HttpEntity<>(body, headers), String.class)
                .getStatusCode().value());
    }

    /** A date field's keyboard entry follows the browser's locale; its value is ISO whatever the locale. */
    private void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id(id)), date.toString());
    }

    /** After a successful action: back on the page (Post/Redirect/Get) with its notice, the timeline ending on it. */
    private void awaitDone(String lastType) {
        await(page -> {
            if (page.findElements(By.id("complaint-done")).isEmpty()) {
                return false;
            }
            List<WebElement> lines = page.findElements(By.cssSelector("#timeline > li"));
            return !lines.isEmpty() && lastType.equals(lines.get(lines.size() - 1).getDomAttribute("data-type"));
        }, lastType + " recorded");
        assertThat(browser.getCurrentUrl()).contains("?done=");
    }
}
