package be.partenamut.complaints.office.complaint;

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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer registers, in one step through the staff API, the complaint of a member who spoke to the Service
 * Center orally and its escalation: the complaint is received and escalated at once, with the oral contact recorded
 * on the escalation, its personal data sealed, and both published for the other services.
 */
class EscalatedComplaintRegistrationIT extends OfficeIntegrationTest {

    private static final String PATH = "/api/v1/escalated-complaints";

    @Autowired
    ServiceLevels serviceLevels;

    @Test
    void registersTheComplaintAndItsEscalationAtOnceWithTheOralContact() throws Exception {
        LocalDate today = LocalDate.now(serviceLevels.calendar().zone());
        String lastName = "Janssens-" + UUID.randomUUID().toString().substring(0, 8);

        ResponseEntity<String> response = post(asOfficer(), registration(memberNumber(), lastName,
                today.minusDays(2).toString(), null));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        JsonNode complaint = json.readTree(response.getBody());
        UUID id = UUID.fromString(complaint.get("complaintId").asText());
        assertThat(response.getHeaders().getLocation()).hasToString("/api/v1/complaints/" + id);
        assertThat(complaint.get("status").asText()).isEqualTo("ESCALATED");
        assertThat(complaint.get("reference").asText()).matches("PL-\\d{4}-9\\d{8}");
        assertThat(complaint.get("channel").asText()).isEqualTo("PHONE");
        assertThat(complaint.at("/member/lastName").asText()).isEqualTo(lastName);
        assertThat(complaint.at("/escalation/reason").asText()).isEqualTo("Le Service Center n'a rien pu arranger.");
        assertThat(complaint.at("/escalation/oralFirstLineContact/on").asText()).isEqualTo(today.minusDays(2).toString());
        assertThat(complaint.at("/escalation/oralFirstLineContact/place").asText()).isEqualTo("SERVICE_CENTER");
        assertThat(complaint.get("firstLineAnswer").isNull()).isTrue();

        List<JsonNode> events = publishedEvents(id, "ComplaintEscalated");
        assertThat(events).extracting(e -> e.get("type").asText()).containsExactly("ComplaintReceived", "ComplaintEscalated");
        assertThat(events.get(0).toString()).doesNotContain(lastName);
        assertThat(events.get(0).at("/file/member/lastName").asText()).startsWith("pd1.");
        assertThat(events.get(1).at("/oralFirstLineContact/place").asText()).isEqualTo("SERVICE_CENTER");
        assertThat(LocalDate.parse(events.get(1).get("dueDate").asText()))
                .isEqualTo(serviceLevels.complaintsServiceDueDate(
                        java.time.Instant.parse(events.get(1).get("escalationReceivedAt").asText())).dueDate());
    }

    @Test
    void refusesWhatCannotBeAndLetsOnlyOfficersRegister() throws Exception {
        LocalDate today = LocalDate.now(serviceLevels.calendar().zone());
        String contact = today.minusDays(1).toString();

        ResponseEntity<String> byAnAgent = post(asAgent(), registration(memberNumber(), "Dubois", contact, null));
        ResponseEntity<String> futureReceipt = post(asOfficer(), registration(memberNumber(), "Dubois", contact,
                OffsetDateTime.now().plusDays(1).toString()));
        ResponseEntity<String> contactAfterTheRequest = post(asOfficer(), registration(memberNumber(), "Dubois",
                today.toString(), OffsetDateTime.now().minusDays(3).toString()));
        ResponseEntity<String> withoutContact = post(asOfficer(), registration(memberNumber(), "Dubois", contact, null)
                .replace(",\"oralFirstLineContact\":{\"on\":\"" + contact + "\",\"place\":\"SERVICE_CENTER\"}", ""));

        assertThat(byAnAgent.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(futureReceipt.getStatusCode()).as(futureReceipt.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(futureReceipt.getBody()).get("type").asText()).endsWith("/invalid-receipt-date");
        assertThat(contactAfterTheRequest.getStatusCode()).as(contactAfterTheRequest.getBody()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(contactAfterTheRequest.getBody()).get("reason").asText())
                .isEqualTo("oral-contact-after-request");
        assertThat(withoutContact.getStatusCode()).as(withoutContact.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(withoutContact.getBody()).get("errors"))
                .anySatisfy(error -> assertThat(error.get("field").asText()).isEqualTo("oralFirstLineContact"));
    }

    private static String registration(String memberNumber, String lastName, String contactOn, String receivedAt) {
        return "{\"memberNumber\":\"" + memberNumber + "\",\"firstName\":\"Lucie\",\"lastName\":\"" + lastName + "\","
                + "\"email\":\"lucie@example.be\",\"language\":\"fr\",\"channel\":\"PHONE\",\"category\":\"REIMBURSEMENT\","
                + "\"subject\":\"Remboursement refusé\",\"description\":\"Mon remboursement a été refusé sans explication.\","
                + "\"reason\":\"Le Service Center n'a rien pu arranger.\""
                + (receivedAt == null ? "" : ",\"receivedAt\":\"" + receivedAt + "\"")
                + ",\"oralFirstLineContact\":{\"on\":\"" + contactOn + "\",\"place\":\"SERVICE_CENTER\"}}";
    }

    private static ResponseEntity<String> post(TestRestTemplate client, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return client.postForEntity(PATH, new HttpEntity<>(body, headers), String.class);
    }
}
