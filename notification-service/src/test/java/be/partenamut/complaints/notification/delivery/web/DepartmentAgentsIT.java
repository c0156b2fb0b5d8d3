package be.partenamut.complaints.notification.delivery.web;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.notification.NotificationIntegrationTest;
import be.partenamut.complaints.notification.TestComplaints;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department agent sees the messages and prints the letters of their own department's complaints, not
 * another department's; officers see every department's; an analyst handles no complaint. Who printed a
 * letter is who signed in.
 */
class DepartmentAgentsIT extends NotificationIntegrationTest {

    private static final String DEPARTMENT = "HOME_CARE";
    /** The demo agent of HOME_CARE. */
    private static final String OWN_AGENT = "agent-home-care";
    /** The demo agent of HEALTHCARE_REIMBURSEMENTS. */
    private static final String OTHER_AGENT = "agent";

    @Test
    void showsAComplaintsMessagesToTheAgentsOfItsDepartmentOnly() throws Exception {
        ComplaintReceived received = routedComplaint(TestComplaints.newAddress());
        String messages = "/api/v1/notifications?complaintId=" + received.complaintId();

        ResponseEntity<String> own = as(OWN_AGENT).getForEntity(messages, String.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode listed = json.readTree(own.getBody());
        assertThat(listed).extracting(message -> message.get("type").asText())
                .contains("ACKNOWLEDGEMENT", "NEW_COMPLAINT_IN_QUEUE");
        String contentUrl = listed.get(0).get("contentUrl").asText();
        assertThat(as(OWN_AGENT).getForEntity(contentUrl, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("officer").getForEntity(messages, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertForbidden(as(OTHER_AGENT).getForEntity(messages, String.class));
        assertForbidden(as(OTHER_AGENT).getForEntity(contentUrl, String.class));
        assertForbidden(as("analyst").getForEntity(contentUrl, String.class));
    }

    @Test
    void letsOnlyTheAgentsOfItsDepartmentPrintAComplaintsLetterAndRecordsWhoDid() throws Exception {
        ComplaintReceived received = routedComplaint(null);
        String letterId = queuedLetters("officer").stream()
                .filter(letter -> letter.get("complaintId").asText().equals(received.complaintId().toString()))
                .map(letter -> letter.get("letterId").asText())
                .findFirst().orElseThrow(() -> new AssertionError("no letter queued for " + received.complaintId()));

        assertThat(queuedLetters(OWN_AGENT)).extracting(letter -> letter.get("letterId").asText()).contains(letterId);
        assertThat(queuedLetters(OTHER_AGENT)).extracting(letter -> letter.get("letterId").asText())
                .doesNotContain(letterId);
        assertForbidden(as(OTHER_AGENT).getForEntity("/api/v1/print-queue/" + letterId + "/pdf", String.class));
        assertForbidden(markPrinted(OTHER_AGENT, letterId));
        assertForbidden(as("analyst").getForEntity("/api/v1/print-queue", String.class));
        assertThat(queuedLetters("officer")).extracting(letter -> letter.get("letterId").asText())
                .as("still waiting for print").contains(letterId);

        assertThat(as(OWN_AGENT).getForEntity("/api/v1/print-queue/" + letterId + "/pdf", byte[].class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> printed = markPrinted(OWN_AGENT, letterId);
        assertThat(printed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(printed.getBody()).get("status").asText()).isEqualTo("PRINTED");
        assertThat(json.readTree(printed.getBody()).get("printedBy").asText()).as("the signed-in agent")
                .isEqualTo(OWN_AGENT);
    }

    /** A complaint of the member at {@code email} (none: by letter), routed to {@link #DEPARTMENT} and acknowledged. */
    private ComplaintReceived routedComplaint(String email) throws Exception {
        ComplaintReceived received = TestComplaints.received(personalData, Language.FR, email);
        publish(received);
        publish(TestComplaints.routed(received, DEPARTMENT, null));
        publish(TestComplaints.acknowledged(received));
        awaitAllConsumed();
        return received;
    }

    private List<JsonNode> queuedLetters(String user) throws Exception {
        ResponseEntity<String> queue = as(user).getForEntity("/api/v1/print-queue?limit=1000", String.class);
        assertThat(queue.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> letters = new ArrayList<>();
        json.readTree(queue.getBody()).forEach(letters::add);
        return letters;
    }

    private ResponseEntity<String> markPrinted(String user, String letterId) {
        return as(user).exchange("/api/v1/print-queue/" + letterId + "/printed", HttpMethod.POST, HttpEntity.EMPTY,
                String.class);
    }

    private void assertForbidden(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json.readTree(response.getBody()).get("type").asText()).endsWith("/forbidden");
    }
}
