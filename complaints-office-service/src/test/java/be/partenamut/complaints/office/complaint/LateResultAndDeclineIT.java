package be.partenamut.complaints.office.complaint;

import be.partenamut.complaints.office.OfficeIntegrationTest;
import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the staff API: an officer tells the member why the complaints service's result is late (an interim
 * message), and declines a complaint the policy does not handle; both published for the other services, both
 * refused with stable reasons when they make no sense.
 */
class LateResultAndDeclineIT extends OfficeIntegrationTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.belgian();

    @Test
    void anOfficerSendsAnInterimMessageWhileTheComplaintsServiceHasTheComplaint() throws Exception {
        UUID id = answeredByTheFirstLine();
        String base = "/api/v1/complaints/" + id;
        assertThat(post(asOfficer(), base + "/escalation", "{\"reason\":\"Pas d'accord.\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
        LocalDate newDate = CALENDAR.addWorkingDays(today(), 10);

        ResponseEntity<String> recorded = post(asOfficer(), base + "/interim-messages",
                "{\"reason\":\"L'avis du service médical est attendu.\",\"expectedDate\":\"" + newDate + "\"}");

        assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode complaint = json.readTree(recorded.getBody());
        assertThat(complaint.get("status").asText()).isEqualTo("ESCALATED");
        assertThat(complaint.at("/interimMessages/0/reason").asText()).isEqualTo("L'avis du service médical est attendu.");
        assertThat(complaint.at("/interimMessages/0/expectedDate").asText()).isEqualTo(newDate.toString());
        assertThat(complaint.at("/interimMessages/0/recordedBy").asText()).isEqualTo("officer");
        JsonNode entry = last(complaint.get("timeline"));
        assertThat(entry.get("type").asText()).isEqualTo("InterimMessageRecorded");
        assertThat(entry.get("dueDate").asText()).isEqualTo(newDate.toString());

        JsonNode published = last(publishedEvents(id, "InterimMessageRecorded"));
        assertThat(published.get("type").asText()).isEqualTo("InterimMessageRecorded");
        assertThat(published.get("expectedDate").asText()).isEqualTo(newDate.toString());
        assertThat(published.get("recordedBy").asText()).isEqualTo("officer");
        assertThat(published.get("reason").asText()).as("sealed").startsWith("pd1.").doesNotContain("médical");
    }

    @Test
    void refusesAnInterimMessageThatMakesNoSenseWithStableReasons() throws Exception {
        UUID id = answeredByTheFirstLine();
        String base = "/api/v1/complaints/" + id;
        LocalDate newDate = CALENDAR.addWorkingDays(today(), 10);
        String body = "{\"reason\":\"Retard.\",\"expectedDate\":\"" + newDate + "\"}";

        assertRefused(post(asOfficer(), base + "/interim-messages", body), "not-escalated");
        assertThat(post(asAgent(), base + "/interim-messages", body).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        post(asOfficer(), base + "/escalation", "{\"reason\":\"Pas d'accord.\"}");
        assertRefused(post(asOfficer(), base + "/interim-messages",
                "{\"reason\":\"Retard.\",\"expectedDate\":\"" + nextSunday() + "\"}"), "expected-date-not-ahead");
        assertBadRequestNaming(post(asOfficer(), base + "/interim-messages",
                "{\"reason\":\"Retard.\",\"expectedDate\":\"" + today().minusDays(1) + "\"}"), "expectedDate");
        assertBadRequestNaming(post(asOfficer(), base + "/interim-messages",
                "{\"reason\":\" \",\"expectedDate\":\"" + newDate + "\"}"), "reason");
        assertThat(post(asOfficer(), base + "/interim-messages",
                "{\"reason\":\"Retard.\",\"expectedDate\":\"not-a-date\"}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(types(awaitComplaint(id, c -> true).get("timeline"))).doesNotContain("InterimMessageRecorded");
    }

    @Test
    void anOfficerDeclinesAComplaintAboutAMedecinConseilWhichIsThenClosedForEveryAction() throws Exception {
        UUID id = routed();
        String base = "/api/v1/complaints/" + id;

        ResponseEntity<String> declined = post(asOfficer(), base + "/decline",
                "{\"reason\":\"MEDICAL_ADVISOR\",\"explanation\":\"Votre plainte vise le médecin-conseil.\"}");

        assertThat(declined.getStatusCode()).as(declined.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode complaint = json.readTree(declined.getBody());
        assertThat(complaint.get("status").asText()).isEqualTo("CLOSED");
        assertThat(complaint.at("/decline/reason").asText()).isEqualTo("MEDICAL_ADVISOR");
        assertThat(complaint.at("/decline/explanation").asText()).isEqualTo("Votre plainte vise le médecin-conseil.");
        assertThat(complaint.at("/decline/declinedBy").asText()).isEqualTo("officer");
        assertThat(types(complaint.get("timeline"))).endsWith("ComplaintDeclined", "ComplaintClosed");
        List<JsonNode> published = publishedEvents(id, "ComplaintClosed");
        assertThat(published).extracting(event -> event.get("type").asText()).endsWith("ComplaintDeclined", "ComplaintClosed");
        JsonNode declinedEvent = published.get(published.size() - 2);
        assertThat(declinedEvent.get("reason").asText()).isEqualTo("MEDICAL_ADVISOR");
        assertThat(declinedEvent.get("declinedBy").asText()).isEqualTo("officer");

        assertRefused(post(asAgent(), base + "/first-line-answer", "{\"answer\":\"Réglé.\"}"), "complaint-declined");
        assertRefused(post(asOfficer(), base + "/decline",
                "{\"reason\":\"NOT_ABOUT_OUR_SERVICES\",\"explanation\":\"Encore.\"}"), "complaint-declined");
        assertRefused(post(asOfficer(), base + "/closure", "{\"reason\":\"Fin.\"}"), "complaint-declined");
    }

    @Test
    void refusesADeclineThatMakesNoSenseWithStableReasons() throws Exception {
        UUID id = routed();
        String base = "/api/v1/complaints/" + id;

        assertThat(post(asAgent(), base + "/decline",
                "{\"reason\":\"NOT_ABOUT_OUR_SERVICES\",\"explanation\":\"Hors champ.\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertRefused(post(asOfficer(), base + "/decline", "{\"reason\":\"ANONYMOUS\",\"explanation\":\"Anonyme.\"}"),
                "not-a-decline-reason");
        assertBadRequestNaming(post(asOfficer(), base + "/decline", "{\"reason\":\"MAYBE\",\"explanation\":\"?\"}"),
                "reason");
        assertBadRequestNaming(post(asOfficer(), base + "/decline", "{\"reason\":\"MEDICAL_ADVISOR\"}"), "explanation");
        assertThat(types(awaitComplaint(id, c -> true).get("timeline"))).doesNotContain("ComplaintDeclined");
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CALENDAR.zone());
    }

    private LocalDate nextSunday() {
        LocalDate day = today().plusDays(1);
        while (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static ResponseEntity<String> post(TestRestTemplate client, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private void assertRefused(ResponseEntity<String> response, String reason) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asText()).endsWith("/transition-refused");
        assertThat(problem.get("reason").asText()).isEqualTo(reason);
    }

    private void assertBadRequestNaming(ResponseEntity<String> response, String field) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("errors")).anySatisfy(error -> assertThat(error.get("field").asText()).isEqualTo(field));
    }

    private static JsonNode last(JsonNode array) {
        return array.get(array.size() - 1);
    }

    private static JsonNode last(List<JsonNode> list) {
        return list.get(list.size() - 1);
    }

    private static List<String> types(JsonNode timeline) {
        List<String> types = new ArrayList<>();
        timeline.forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }
}
