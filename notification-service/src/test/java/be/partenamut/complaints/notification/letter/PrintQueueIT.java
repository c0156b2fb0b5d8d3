package be.partenamut.complaints.notification.letter;

import be.partenamut.complaints.contracts.ErasureCause;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.notification.LetterPdf;
import be.partenamut.complaints.notification.NotificationIntegrationTest;
import be.partenamut.complaints.notification.TestComplaints;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Members without an email address get letters: queued, downloaded, printed, and on the complaint's timeline. */
class PrintQueueIT extends NotificationIntegrationTest {

    @Test
    void queuesALetterInTheMembersLanguageThatStaffDownloadAndMarkPrinted() throws Exception {
        ComplaintReceived received = TestComplaints.received(personalData, Language.NL, null);
        publish(received);
        publish(TestComplaints.acknowledged(received));
        awaitAllConsumed();

        JsonNode letter = letterOf(received, "QUEUED");
        assertThat(letter.get("type").asText()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(letter.get("language").asText()).isEqualTo("nl");
        assertThat(letter.get("pages").asInt()).isEqualTo(1);
        assertThat(letter.toString()).doesNotContain("Sophie", "Peeters");

        ResponseEntity<byte[]> pdf = as("agent")
                .getForEntity(letter.get("pdfUrl").asText(), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        String text = LetterPdf.firstPageText(pdf.getBody());
        assertThat(text).contains("Sophie Peeters", "[Postadres aan te vullen door de postdienst]", received.file().reference(),
                "Betreft: Ontvangstbevestiging van uw klacht", "uiterlijk op 9 december 2026", "Beste Sophie Peeters,");

        ResponseEntity<String> printed = as("agent").exchange(
                "/api/v1/print-queue/" + letter.get("letterId").asText() + "/printed", HttpMethod.POST, HttpEntity.EMPTY,
                String.class);
        assertThat(printed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(printed.getBody()).get("status").asText()).isEqualTo("PRINTED");
        assertThat(json.readTree(printed.getBody()).get("printedBy").asText()).isEqualTo("agent");
        ResponseEntity<String> again = as("officer").exchange(
                "/api/v1/print-queue/" + letter.get("letterId").asText() + "/printed", HttpMethod.POST, HttpEntity.EMPTY,
                String.class);
        assertThat(json.readTree(again.getBody()).get("printedBy").asText()).as("printed once").isEqualTo("agent");
        assertThat(letterOf(received, "PRINTED").get("letterId").asText()).isEqualTo(letter.get("letterId").asText());

        JsonNode notification = notificationsOf(received.complaintId()).get(0);
        assertThat(notification.get("channel").asText()).isEqualTo("LETTER");
        assertThat(notification.get("status").asText()).isEqualTo("SENT");
        List<JsonNode> statuses = awaitStatuses(received.complaintId(), 2);
        assertThat(statuses).extracting(status -> status.get("status").asText())
                .containsExactly("QUEUED_FOR_PRINT", "SENT");
        assertThat(statuses).allSatisfy(status -> {
            assertThat(status.get("channel").asText()).isEqualTo("LETTER");
            assertThat(status.get("recipient").asText()).isEqualTo("MEMBER");
            assertThat(status.get("notificationId").asText()).isEqualTo(letter.get("letterId").asText());
        });
    }

    @Test
    void withdrawsALetterNotPrintedYetOnceThePersonalDataIsErased() throws Exception {
        ComplaintReceived received = TestComplaints.received(personalData, Language.DE, null);
        publish(received);
        publish(TestComplaints.acknowledged(received));
        awaitAllConsumed();
        JsonNode letter = letterOf(received, "QUEUED");

        personalData.vault().erase(received.file().member().dataSubjectId(), "admin");
        publish(TestComplaints.erased(received, ErasureCause.ERASURE_REQUEST));
        awaitAllConsumed();

        assertThat(letterOf(received, "WITHDRAWN").get("pdfUrl").isNull()).isTrue();
        ResponseEntity<String> pdf = as("agent")
                .getForEntity("/api/v1/print-queue/" + letter.get("letterId").asText() + "/pdf", String.class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(json.readTree(pdf.getBody()).get("type").asText()).endsWith("/personal-data-erased");
        ResponseEntity<String> printed = as("agent").exchange(
                "/api/v1/print-queue/" + letter.get("letterId").asText() + "/printed", HttpMethod.POST, HttpEntity.EMPTY,
                String.class);
        assertThat(printed.getStatusCode()).isEqualTo(HttpStatus.GONE);
        assertThat(notificationsOf(received.complaintId()).get(0).get("status").asText()).isEqualTo("SUPPRESSED");
        assertThat(awaitStatuses(received.complaintId(), 2)).extracting(status -> status.get("status").asText())
                .containsExactly("QUEUED_FOR_PRINT", "SUPPRESSED");
    }

    @Test
    void keepsThePrintQueueFromAnalysts() {
        assertThat(as("analyst").getForEntity("/api/v1/print-queue", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/v1/print-queue", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(as("agent").getForEntity("/api/v1/print-queue/" + java.util.UUID.randomUUID()
                + "/pdf", String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private JsonNode letterOf(ComplaintReceived received, String status) throws Exception {
        ResponseEntity<String> queue = as("officer")
                .getForEntity("/api/v1/print-queue?status=" + status + "&limit=1000", String.class);
        assertThat(queue.getStatusCode()).isEqualTo(HttpStatus.OK);
        for (JsonNode letter : json.readTree(queue.getBody())) {
            if (letter.get("complaintId").asText().equals(received.complaintId().toString())) {
                return letter;
            }
        }
        throw new AssertionError("no " + status + " letter for " + received.file().reference() + " in " + queue.getBody());
    }
}
