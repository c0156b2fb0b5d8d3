package be.partenamut.complaints.office.complaint.messaging;

import be.partenamut.complaints.contracts.HeaderNames;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.localstack.infra.MessageBroker;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.office.OfficeIntegrationTest;
import be.partenamut.complaints.office.complaint.api.AnswerAsFirstLineCommand;
import be.partenamut.complaints.office.complaint.api.CloseComplaintCommand;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.command.ComplaintCommandSender;
import be.partenamut.complaints.personaldata.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Events stored while Kafka is down are published, in order, none lost and none twice, once it is back. */
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
            // The relay tried to publish the answer and Kafka did not take it: it is now retrying.
            await().atMost(WAIT).until(() -> processor(ComplaintEventPublisher.PROCESSING_GROUP).processingStatus()
                    .values().stream().anyMatch(EventTrackerStatus::isErrorState));
        } finally {
            kafka.start();
        }

        List<TopicClient.Record> published = publishedRecords().stream()
                .filter(record -> id.toString().equals(record.key())).toList();
        Map<String, Long> copies = published.stream().collect(Collectors.groupingBy(
                record -> String.valueOf(record.headers().get(HeaderNames.MESSAGE_ID)), Collectors.counting()));
        assertThat(copies).as("copies on the topic of each event, by message id").hasSize(4)
                .allSatisfy((messageId, count) -> assertThat(count).as("copies of %s", messageId).isEqualTo(1));
        List<JsonNode> events = published.stream().map(record -> readTree(record.value())).toList();
        assertThat(events).extracting(event -> event.get("type").asText()).containsExactly(
                "ComplaintReceived", "ComplaintAcknowledged", "ComplaintAnswered", "ComplaintClosed");
        assertThat(events).extracting(event -> event.at("/metadata/messageId").asText())
                .containsExactlyElementsOf(published.stream().map(record -> record.headers().get(HeaderNames.MESSAGE_ID))
                        .toList());
        assertThat(events.get(events.size() - 1).at("/metadata/correlationId").asText()).isEqualTo("outage");
    }

    private JsonNode readTree(String value) {
        try {
            return json.readTree(value);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON: " + value, e);
        }
    }
}
