package be.partenamut.complaints.office.complaint;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.contracts.deliveries.DeliveryStatus;
import be.partenamut.complaints.contracts.deliveries.DeliveryStatusChanged;
import be.partenamut.complaints.contracts.deliveries.RecipientKind;
import be.partenamut.complaints.contracts.routing.SlaBreached;
import be.partenamut.complaints.contracts.routing.SlaWarned;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.contracts.submissions.EscalationRequested;
import be.partenamut.complaints.office.OfficeIntegrationTest;
import be.partenamut.complaints.workingdays.ServiceLevels;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What intake, routing and notifications tell the office about a complaint ends up on it, once. */
class CrossServiceMessagesIT extends OfficeIntegrationTest {

    @Autowired
    ServiceLevels serviceLevels;

    @Test
    void givesEveryComplaintItsFirstLineDueDateFromReceipt() throws Exception {
        ComplaintSubmitted submitted = submission();
        publish(submitted);

        JsonNode complaint = awaitComplaint(submitted.metadata().complaintId(),
                c -> "ACKNOWLEDGED".equals(c.get("status").asText()));

        LocalDate expected = serviceLevels.firstLineDueDate(submitted.file().receivedAt()).dueDate();
        assertThat(complaint.at("/deadlines/0/line").asText()).isEqualTo("FIRST_LINE");
        assertThat(complaint.at("/deadlines/0/dueDate").asText()).isEqualTo(expected.toString());
        assertThat(complaint.at("/deadlines/0/state").asText()).isEqualTo("PENDING");
        assertThat(publishedEvents(submitted.metadata().complaintId(), "ComplaintReceived").get(0)
                .at("/file/firstLineDueDate").asText()).isEqualTo(expected.toString());
    }

    @Test
    void escalatesTheComplaintAMemberReferredToThroughIntake() throws Exception {
        UUID id = answeredByTheFirstLine();
        Instant receivedAt = Instant.now();
        LocalDate due = serviceLevels.complaintsServiceDueDate(receivedAt).dueDate();
        EscalationRequested request = new EscalationRequested(metadata(id), "PL-2026-000999", Channel.EMAIL,
                personalData.sealerFor(id).seal(PersonalFields.ESCALATION_REASON, "Ik ben het niet eens."),
                receivedAt, due);

        topics.send(Topics.SUBMISSIONS, id.toString(), json.writeValueAsString(request));

        JsonNode complaint = awaitComplaint(id, c -> "ESCALATED".equals(c.get("status").asText()));
        assertThat(complaint.at("/escalation/reason").asText()).isEqualTo("Ik ben het niet eens.");
        assertThat(complaint.at("/escalation/registeredBy").asText()).isEqualTo("intake");
        assertThat(complaint.at("/deadlines/1/line").asText()).isEqualTo("COMPLAINTS_SERVICE");
        assertThat(complaint.at("/deadlines/1/dueDate").asText()).isEqualTo(due.toString());
        assertThat(publishedEvents(id, "ComplaintEscalated").stream()
                .filter(e -> "ComplaintEscalated".equals(e.get("type").asText())).findFirst().orElseThrow()
                .get("dueDate").asText()).isEqualTo(due.toString());
    }

    @Test
    void recordsEachWarningAndBreachOncePerLine() throws Exception {
        UUID id = registered();
        LocalDate due = LocalDate.now().minusDays(1);

        for (int i = 0; i < 2; i++) {
            // The warning under its former name, as a routing service of the previous version publishes it.
            String warning = json.writeValueAsString(new SlaWarned(metadata(id), AnsweringLine.FIRST_LINE, due));
            topics.send(Topics.ROUTING, id.toString(), warning.replace("\"SlaWarned\"", "\"SlaWarningRaised\""));
            topics.send(Topics.ROUTING, id.toString(), json.writeValueAsString(
                    new SlaBreached(metadata(id), AnsweringLine.FIRST_LINE, due)));
        }
        awaitComplaint(id, c -> "BREACHED".equals(c.at("/deadlines/0/state").asText()));
        assertThat(topics.awaitConsumed("complaints-office-service", Topics.ROUTING, WAIT)).isTrue();

        JsonNode complaint = awaitComplaint(id, c -> true);
        assertThat(types(complaint)).containsExactly("ComplaintReceived", "ComplaintAcknowledged", "SlaWarned",
                "SlaBreached");
        assertThat(complaint.at("/deadlines/0/warnedAt").isNull()).isFalse();
        assertThat(complaint.at("/deadlines/0/dueDate").asText()).isEqualTo(due.toString());
        assertThat(publishedEvents(id, "SlaBreached")).extracting(e -> e.get("type").asText())
                .containsOnlyOnce("SlaWarned", "SlaBreached");
    }

    @Test
    void showsWhatBecameOfEachMessageAboutTheComplaint() throws Exception {
        UUID id = registered();
        UUID notification = UUID.randomUUID();
        Instant failedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(120);
        Instant sentAt = failedAt.plusSeconds(60);
        DeliveryStatusChanged failed = new DeliveryStatusChanged(metadata(id, failedAt), notification,
                "ACKNOWLEDGEMENT", RecipientKind.MEMBER, DeliveryChannel.EMAIL, DeliveryStatus.FAILED);
        DeliveryStatusChanged sent = new DeliveryStatusChanged(metadata(id, sentAt), notification, "ACKNOWLEDGEMENT",
                RecipientKind.MEMBER, DeliveryChannel.EMAIL, DeliveryStatus.SENT);

        // Sent after a failure; the sent status delivered twice, then the failure again, late (a replayed dead letter).
        topics.send(Topics.DELIVERIES, id.toString(), json.writeValueAsString(failed));
        topics.send(Topics.DELIVERIES, id.toString(), json.writeValueAsString(sent));
        topics.send(Topics.DELIVERIES, id.toString(), json.writeValueAsString(sent));
        topics.send(Topics.DELIVERIES, id.toString(), json.writeValueAsString(failed));
        assertThat(topics.awaitConsumed("complaints-office-service", Topics.DELIVERIES, WAIT)).isTrue();

        JsonNode complaint = awaitComplaint(id, c -> c.get("messages").size() == 1);
        assertThat(complaint.at("/messages/0/notificationId").asText()).isEqualTo(notification.toString());
        assertThat(complaint.at("/messages/0/status").asText()).isEqualTo("SENT");
        assertThat(Instant.parse(complaint.at("/messages/0/at").asText())).isEqualTo(sentAt);
        assertThat(types(complaint)).as("statuses are not events of the complaint")
                .containsExactly("ComplaintReceived", "ComplaintAcknowledged");
    }

    @Test
    void letsStaffMoveAComplaintToAnotherDepartment() throws Exception {
        UUID id = routed();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> moved = asAgent().exchange("/api/v1/complaints/" + id + "/department", HttpMethod.PUT,
                new HttpEntity<>("{\"department\":\"AGENCIES\"}", headers), String.class);

        assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode complaint = json.readTree(moved.getBody());
        assertThat(complaint.get("department").asText()).isEqualTo("AGENCIES");
        // The agent's move comes after routing's decision, which put the complaint in the agent's queue.
        JsonNode routed = publishedEvents(id, "ComplaintRouted").stream()
                .filter(e -> "ComplaintRouted".equals(e.get("type").asText())).reduce((first, second) -> second)
                .orElseThrow();
        assertThat(routed.get("routingRule").asText()).isEqualTo("staff");
        assertThat(routed.get("decidedBy").asText()).as("routing's history says who moved it").isEqualTo("agent");
    }

    private static MessageMetadata metadata(UUID complaintId) {
        return metadata(complaintId, Instant.now());
    }

    private static MessageMetadata metadata(UUID complaintId, Instant occurredAt) {
        return MessageMetadata.of(UUID.randomUUID(), complaintId, occurredAt, "corr-" + complaintId, null);
    }

    private static java.util.List<String> types(JsonNode complaint) {
        java.util.List<String> types = new java.util.ArrayList<>();
        complaint.get("timeline").forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }
}
