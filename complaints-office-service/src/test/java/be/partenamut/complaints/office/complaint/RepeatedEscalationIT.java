package be.partenamut.complaints.office.complaint;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.submissions.EscalationRequested;
import be.partenamut.complaints.office.OfficeIntegrationTest;
import be.partenamut.complaints.workingdays.ServiceLevels;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka delivers at least once: intake's escalation request delivered again escalates the complaint
 * once and is not parked as a failure, while another request for an escalated complaint is still refused.
 */
class RepeatedEscalationIT extends OfficeIntegrationTest {

    private static final String OFFICE = "complaints-office-service";

    @Autowired
    ServiceLevels serviceLevels;

    @Test
    void escalatesOnceWhenTheSameRequestIsDeliveredTwice() throws Exception {
        UUID id = answeredByTheFirstLine();
        String request = json.writeValueAsString(escalationRequest(id, "Ik ben het niet eens."));

        topics.send(Topics.SUBMISSIONS, id.toString(), request);
        topics.send(Topics.SUBMISSIONS, id.toString(), request);

        awaitComplaint(id, c -> "ESCALATED".equals(c.get("status").asText()));
        assertThat(topics.awaitConsumed(OFFICE, Topics.SUBMISSIONS, WAIT)).as("the office took both copies").isTrue();
        assertThat(publishedEvents(id, "ComplaintEscalated")).extracting(e -> e.get("type").asText())
                .containsOnlyOnce("ComplaintEscalated");
        assertThat(types(awaitComplaint(id, c -> true))).containsOnlyOnce("ComplaintEscalated");
        assertThat(deadLetters(Topics.SUBMISSIONS, id)).as("nothing about complaint %s parked as a failure", id).isEmpty();
    }

    @Test
    void stillRefusesAnotherEscalationRequestOfAnEscalatedComplaint() throws Exception {
        UUID id = answeredByTheFirstLine();
        topics.send(Topics.SUBMISSIONS, id.toString(),
                json.writeValueAsString(escalationRequest(id, "Ik ben het niet eens.")));
        awaitComplaint(id, c -> "ESCALATED".equals(c.get("status").asText()));

        topics.send(Topics.SUBMISSIONS, id.toString(),
                json.writeValueAsString(escalationRequest(id, "Nog steeds niet akkoord.")));

        // The refusal is kept with the reason a person reads, as every refused message is.
        await().atMost(WAIT).untilAsserted(() -> assertThat(deadLetters(Topics.SUBMISSIONS, id)).singleElement()
                .satisfies(parked -> assertThat(parked.headers().get("x-exception-message"))
                        .contains("already been escalated")));
        assertThat(types(awaitComplaint(id, c -> true))).containsOnlyOnce("ComplaintEscalated");
        assertThat(publishedEvents(id, "ComplaintEscalated")).extracting(e -> e.get("type").asText())
                .containsOnlyOnce("ComplaintEscalated");
    }

    private EscalationRequested escalationRequest(UUID complaintId, String reason) {
        Instant receivedAt = Instant.now();
        return new EscalationRequested(
                MessageMetadata.of(UUID.randomUUID(), complaintId, receivedAt, "corr-" + complaintId, null),
                "PL-2026-000999", Channel.EMAIL,
                personalData.sealerFor(complaintId).seal(PersonalFields.ESCALATION_REASON, reason),
                receivedAt, serviceLevels.complaintsServiceDueDate(receivedAt).dueDate());
    }

    private static List<String> types(JsonNode complaint) {
        List<String> types = new ArrayList<>();
        complaint.get("timeline").forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }
}
