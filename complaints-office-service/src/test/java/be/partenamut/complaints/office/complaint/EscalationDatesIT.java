package be.partenamut.complaints.office.complaint;

import be.partenamut.complaints.contracts.ComplaintFileBuilder;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.office.OfficeIntegrationTest;
import be.partenamut.complaints.workingdays.ServiceLevels;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dates an escalation registered by an officer depends on: the first line's target date (a silent first line
 * blocks nobody once it has passed) and the day the complaints service received the request (its 21 working days
 * count from it; a day in the future or before the complaint itself is refused).
 */
class EscalationDatesIT extends OfficeIntegrationTest {

    private static final String INVALID_RECEIPT_DATE = "https://complaints.partenamut.be/problems/invalid-receipt-date";

    @Autowired
    ServiceLevels serviceLevels;

    @Test
    void registersTheEscalationOfAComplaintWhoseFirstLineStayedSilentPastItsTargetDate() throws Exception {
        LocalDate today = LocalDate.now(serviceLevels.calendar().zone());
        UUID silent = routedComplaint(Instant.now().minus(Duration.ofDays(30)), today.minusDays(3));
        UUID stillInTime = routedComplaint(Instant.now().minus(Duration.ofDays(2)), today.plusDays(5));

        ResponseEntity<String> tooEarly = escalate(stillInTime, "{\"reason\":\"Geen antwoord.\"}");
        ResponseEntity<String> escalated = escalate(silent, "{\"reason\":\"Nooit een antwoord gekregen.\"}");

        assertThat(tooEarly.getStatusCode()).as(tooEarly.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(tooEarly.getBody()).get("reason").asText()).isEqualTo("first-line-not-answered");
        assertThat(escalated.getStatusCode()).as(escalated.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode complaint = json.readTree(escalated.getBody());
        assertThat(complaint.get("status").asText()).isEqualTo("ESCALATED");
        assertThat(complaint.get("firstLineAnswer").isNull()).isTrue();
        assertThat(complaint.at("/escalation/registeredBy").asText()).isEqualTo("officer");
        assertThat(publishedEvents(silent, "ComplaintEscalated")).extracting(e -> e.get("type").asText())
                .contains("ComplaintEscalated");
    }

    @Test
    void countsTheComplaintsServicesPeriodFromTheDateOfReceiptAndRefusesDatesThatCannotBe() throws Exception {
        Instant complaintReceived = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        UUID id = routedComplaint(complaintReceived, null);
        assertThat(asAgent().postForEntity("/api/v1/complaints/" + id + "/first-line-answer",
                json("{\"answer\":\"Geregeld.\"}"), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        Instant letterReceived = Instant.now().minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);

        ResponseEntity<String> future = escalate(id, "{\"reason\":\"Niet akkoord.\",\"escalationReceivedAt\":\""
                + Instant.now().plus(Duration.ofDays(1)) + "\"}");
        ResponseEntity<String> beforeTheComplaint = escalate(id, "{\"reason\":\"Niet akkoord.\",\"escalationReceivedAt\":\""
                + complaintReceived.minus(Duration.ofDays(2)) + "\"}");
        ResponseEntity<String> escalated = escalate(id, "{\"reason\":\"Niet akkoord.\",\"escalationReceivedAt\":\""
                + letterReceived + "\"}");

        assertInvalidReceiptDate(future, "in-the-future");
        assertInvalidReceiptDate(beforeTheComplaint, "before-complaint");
        assertThat(escalated.getStatusCode()).as(escalated.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode complaint = json.readTree(escalated.getBody());
        assertThat(Instant.parse(complaint.at("/escalation/escalationReceivedAt").asText())).isEqualTo(letterReceived);
        LocalDate due = serviceLevels.complaintsServiceDueDate(letterReceived).dueDate();
        JsonNode complaintsServiceLine = null;
        for (JsonNode deadline : complaint.get("deadlines")) {
            if ("COMPLAINTS_SERVICE".equals(deadline.get("line").asText())) {
                complaintsServiceLine = deadline;
            }
        }
        assertThat(complaintsServiceLine).as(complaint.toString()).isNotNull();
        assertThat(LocalDate.parse(complaintsServiceLine.get("dueDate").asText())).isEqualTo(due);
        JsonNode published = publishedEvents(id, "ComplaintEscalated").stream()
                .filter(event -> "ComplaintEscalated".equals(event.get("type").asText())).findFirst().orElseThrow();
        assertThat(Instant.parse(published.get("escalationReceivedAt").asText())).isEqualTo(letterReceived);
        assertThat(LocalDate.parse(published.get("dueDate").asText())).isEqualTo(due);
    }

    /** A complaint received at {@code receivedAt}, its first line due on {@code firstLineDueDate} (null: computed). */
    private UUID routedComplaint(Instant receivedAt, LocalDate firstLineDueDate) throws Exception {
        ComplaintSubmitted sample = submission();
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

    private ResponseEntity<String> escalate(UUID id, String body) {
        TestRestTemplate officer = asOfficer();
        return officer.postForEntity("/api/v1/complaints/" + id + "/escalation", json(body), String.class);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private void assertInvalidReceiptDate(ResponseEntity<String> response, String reason) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("type").asText()).isEqualTo(INVALID_RECEIPT_DATE);
        assertThat(problem.get("reason").asText()).isEqualTo(reason);
    }
}
