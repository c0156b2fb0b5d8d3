package be.partenamut.complaints.office.complaint;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.routing.DepartmentAssigned;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kafka delivers at least once, and a message may arrive long after it was sent: whatever comes again or
 * late, the complaint shows what happened once, and the department staff chose stays.
 */
class RedeliveredMessagesIT extends OfficeIntegrationTest {

    private static final String OFFICE = "complaints-office-service";

    @Autowired
    ServiceLevels serviceLevels;

    @Test
    void keepsTheDepartmentStaffChoseWhenRoutingsDecisionArrivesLate() throws Exception {
        UUID id = registered();
        // Routing decided at receipt; its decision is held up (routing's Kafka producer, a rebalance) ...
        DepartmentAssigned decision = new DepartmentAssigned(metadata(id, Instant.now()), "HEALTHCARE_REIMBURSEMENTS",
                "category-reimbursement");
        // ... while the complaints service moves the complaint (in no department's queue yet, so no agent's).
        assertThat(moveTo(id, "AGENCIES").getStatusCode()).isEqualTo(HttpStatus.OK);

        topics.send(Topics.ROUTING, id.toString(), json.writeValueAsString(decision));
        topics.send(Topics.ROUTING, id.toString(), json.writeValueAsString(decision));
        assertThat(topics.awaitConsumed(OFFICE, Topics.ROUTING, WAIT)).as("the office took the late decision").isTrue();

        JsonNode complaint = awaitComplaint(id, c -> true);
        assertThat(complaint.get("department").asText()).isEqualTo("AGENCIES");
        assertThat(types(complaint)).containsOnlyOnce("ComplaintRouted");
        assertThat(routedEvents(id)).extracting(e -> e.get("routingRule").asText()).containsExactly("staff");
        assertThat(deadLetters(Topics.ROUTING, id)).as("a late decision is no failure").isEmpty();
    }

    @Test
    void doesNotMoveTheComplaintBackWhenAnEarlierDecisionComesAgain() throws Exception {
        UUID id = answeredByTheFirstLine();
        String firstLine = json.writeValueAsString(new DepartmentAssigned(metadata(id, Instant.now()),
                "HEALTHCARE_REIMBURSEMENTS", "category-reimbursement"));
        topics.send(Topics.ROUTING, id.toString(), firstLine);
        awaitComplaint(id, c -> "HEALTHCARE_REIMBURSEMENTS".equals(c.get("department").asText()));
        topics.send(Topics.SUBMISSIONS, id.toString(), json.writeValueAsString(escalationRequest(id)));
        awaitComplaint(id, c -> "ESCALATED".equals(c.get("status").asText()));
        topics.send(Topics.ROUTING, id.toString(), json.writeValueAsString(new DepartmentAssigned(
                metadata(id, Instant.now()), "COMPLAINTS_SERVICE", "escalation")));
        awaitComplaint(id, c -> "COMPLAINTS_SERVICE".equals(c.get("department").asText()));

        // The first-line decision delivered again (a rebalance before its offset was committed).
        topics.send(Topics.ROUTING, id.toString(), firstLine);
        assertThat(topics.awaitConsumed(OFFICE, Topics.ROUTING, WAIT)).isTrue();

        assertThat(awaitComplaint(id, c -> true).get("department").asText()).isEqualTo("COMPLAINTS_SERVICE");
        assertThat(routedEvents(id)).extracting(e -> e.get("department").asText())
                .containsExactly("HEALTHCARE_REIMBURSEMENTS", "COMPLAINTS_SERVICE");
        assertThat(deadLetters(Topics.ROUTING, id)).isEmpty();
    }

    @Test
    void registersASubmissionDeliveredTwiceOnce() throws Exception {
        ComplaintSubmitted submitted = submission();
        UUID id = submitted.metadata().complaintId();

        publish(submitted);
        publish(submitted);
        assertThat(topics.awaitConsumed(OFFICE, Topics.SUBMISSIONS, WAIT)).isTrue();

        JsonNode complaint = awaitComplaint(id, c -> "ACKNOWLEDGED".equals(c.get("status").asText()));
        assertThat(types(complaint)).containsExactly("ComplaintReceived", "ComplaintAcknowledged");
        assertThat(publishedEvents(id, "ComplaintReceived")).extracting(e -> e.get("type").asText())
                .containsExactly("ComplaintReceived", "ComplaintAcknowledged");
        assertThat(deadLetters(Topics.SUBMISSIONS, id)).isEmpty();
    }

    /** An officer moves the complaint: officers act on complaints of every department, routed or not. */
    private ResponseEntity<String> moveTo(UUID id, String department) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return asOfficer().exchange("/api/v1/complaints/" + id + "/department", HttpMethod.PUT,
                new HttpEntity<>("{\"department\":\"" + department + "\"}", headers), String.class);
    }

    private EscalationRequested escalationRequest(UUID id) {
        Instant receivedAt = Instant.now();
        return new EscalationRequested(metadata(id, receivedAt), "PL-2026-000999", Channel.EMAIL,
                personalData.sealerFor(id).seal(PersonalFields.ESCALATION_REASON, "Ik ben het niet eens."),
                receivedAt, serviceLevels.complaintsServiceDueDate(receivedAt).dueDate());
    }

    private List<JsonNode> routedEvents(UUID id) throws Exception {
        return publishedEvents(id, "ComplaintRouted").stream()
                .filter(e -> "ComplaintRouted".equals(e.get("type").asText())).toList();
    }

    private static MessageMetadata metadata(UUID complaintId, Instant occurredAt) {
        return MessageMetadata.of(UUID.randomUUID(), complaintId, occurredAt, "corr-" + complaintId, null);
    }

    private static List<String> types(JsonNode complaint) {
        List<String> types = new ArrayList<>();
        complaint.get("timeline").forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }
}
