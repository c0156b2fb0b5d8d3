package be.partenamut.complaints.office.complaint.messaging;

import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.localstack.infra.MessageBroker;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.office.OfficeIntegrationTest;
import be.partenamut.complaints.office.complaint.api.AnswerAsFirstLineCommand;
import be.partenamut.complaints.office.complaint.api.CloseComplaintCommand;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.command.ComplaintCommandSender;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Events stored while Kafka is down are published, in order and none lost, once it is back. */
class EventRelayIT extends OfficeIntegrationTest {

    @Autowired
    ComplaintCommandSender commands;

    @Test
    void publishesEveryEventStoredWhileKafkaWasDownOnceItIsBack() throws Exception {
        ComplaintSubmitted submitted = submission();
        UUID id = submitted.metadata().complaintId();
        publish(submitted);
        awaitComplaint(id, c -> "ACKNOWLEDGED".equals(c.get("status").asText()));
        publishedEvents(id, "ComplaintAcknowledged");

        MessageBroker kafka = SharedInfrastructure.kafka();
        kafka.stop();
        try {
            ComplaintId complaintId = ComplaintId.of(id);
            PersonalData.Sealer sealer = personalData.sealerFor(id);
            commands.send(new AnswerAsFirstLineCommand(complaintId,
                    sealer.seal(PersonalFields.ANSWER, "Réglé pendant la panne.")), "agent", "outage", null);
            commands.send(new CloseComplaintCommand(complaintId,
                    sealer.seal(PersonalFields.CLOSURE_REASON, "Membre satisfait.")), "agent", "outage", null);
            // The complaint moved on although Kafka is down: the event store is the source of truth.
            assertThat(awaitComplaint(id, c -> true).get("status").asText()).isEqualTo("CLOSED");
            Thread.sleep(3_000);
        } finally {
            kafka.start();
        }

        List<JsonNode> published = publishedEvents(id, "ComplaintClosed");
        Set<String> distinctIds = new LinkedHashSet<>();
        List<String> typesInOrder = new ArrayList<>();
        for (JsonNode event : published) {
            if (distinctIds.add(event.at("/metadata/messageId").asText())) {
                typesInOrder.add(event.get("type").asText());
            }
        }
        assertThat(typesInOrder).containsExactly(
                "ComplaintReceived", "ComplaintAcknowledged", "ComplaintAnswered", "ComplaintClosed");
        assertThat(published.get(published.size() - 1).at("/metadata/correlationId").asText()).isEqualTo("outage");
    }
}
