package be.partenamut.complaints.office.complaint.messaging;

import be.partenamut.complaints.contracts.HeaderNames;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.office.OfficeIntegrationTest;
import be.partenamut.complaints.office.complaint.api.AnswerAsFirstLineCommand;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.command.ComplaintCommandSender;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The relay never puts an event on the topic twice, although Kafka's acknowledgement and the relay's stored
 * position are two commits: when the position cannot be stored after the send, and when the relay starts
 * again from a position older than what it had already published.
 */
class RelayRepeatsIT extends OfficeIntegrationTest {

    @Autowired
    ComplaintCommandSender commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void publishesAnEventOnceWhenItsPositionCouldNotBeStoredAfterTheSend() throws Exception {
        UUID id = registered();
        publishedEvents(id, "ComplaintAcknowledged");
        double skippedBefore = repeatsSkipped();

        // The office's database refuses to commit a new position of the relay (as a database going away at that
        // moment would). Axon writes the position before the handler runs, in the same transaction, so the
        // refusal is a deferred constraint: checked at commit, after the event was sent; the unit of work rolls back.
        jdbc.sql("""
                create function refuse_relay_position() returns trigger language plpgsql as $$
                begin
                    raise exception 'the relay''s position cannot be stored now';
                end $$""").update();
        jdbc.sql("""
                create constraint trigger refuse_relay_position after update on token_entry
                deferrable initially deferred for each row
                when (old.processor_name = 'complaint-events-publisher' and new.token is distinct from old.token)
                execute function refuse_relay_position()""").update();
        try {
            answer(id);
            // Kafka has the answer, and the relay handled it again at least twice since, its position refused each
            // time (Axon retries after 1, 2, 4... seconds).
            await().atMost(WAIT).until(() -> answersOnTopic(id), answers -> answers >= 1);
            await().atMost(WAIT).until(() -> repeatsSkipped() - skippedBefore, repeats -> repeats >= 2);
        } finally {
            jdbc.sql("drop trigger refuse_relay_position on token_entry").update();
            jdbc.sql("drop function refuse_relay_position()").update();
        }

        List<JsonNode> events = publishedEvents(id, "ComplaintAnswered");
        assertThat(events).extracting(event -> event.get("type").asText())
                .containsExactly("ComplaintReceived", "ComplaintAcknowledged", "ComplaintAnswered");
        assertCopiesOnce(id);
        // And the relay moved on.
        publishedEvents(registered(), "ComplaintAcknowledged");
    }

    @Test
    void publishesAfterARestartOnlyWhatTheTopicDoesNotHoldYet() throws Exception {
        awaitCaughtUp(ComplaintEventPublisher.PROCESSING_GROUP);
        Map<String, Object> earlier = relayPosition();
        UUID published = registered();
        publishedEvents(published, "ComplaintAcknowledged");
        double skippedBefore = repeatsSkipped();

        // The relay stops, and its stored position goes back to before it published that complaint's events:
        // as after a crash between Kafka's acknowledgements and the position's commits.
        StreamingEventProcessor relay = processor(ComplaintEventPublisher.PROCESSING_GROUP);
        relay.shutDown();
        UUID stored;
        try {
            assertThat(jdbc.sql("""
                            update token_entry set token = :token, token_type = :type
                            where processor_name = :processor and segment = 0""")
                    .param("token", earlier.get("token")).param("type", earlier.get("token_type"))
                    .param("processor", ComplaintEventPublisher.PROCESSING_GROUP).update())
                    .as("the relay's position rewound").isEqualTo(1);
            // Meanwhile events the topic does not hold yet are stored: an answer, and a new complaint.
            answer(published);
            stored = registered();
        } finally {
            relay.start();
        }

        assertThat(publishedEvents(published, "ComplaintAnswered")).extracting(event -> event.get("type").asText())
                .containsExactly("ComplaintReceived", "ComplaintAcknowledged", "ComplaintAnswered");
        assertThat(publishedEvents(stored, "ComplaintAcknowledged")).extracting(event -> event.get("type").asText())
                .containsExactly("ComplaintReceived", "ComplaintAcknowledged");
        assertCopiesOnce(published);
        assertCopiesOnce(stored);
        assertThat(repeatsSkipped() - skippedBefore).as("events handled again and found on the topic")
                .isGreaterThanOrEqualTo(2);
    }

    private void answer(UUID complaint) {
        commands.send(new AnswerAsFirstLineCommand(ComplaintId.of(complaint),
                personalData.sealerFor(complaint).seal(PersonalFields.ANSWER, "Uw terugbetaling is vertrokken.")),
                "agent", "corr-answer-" + complaint, null);
    }

    private void assertCopiesOnce(UUID complaint) {
        Map<String, Long> copies = publishedRecords().stream()
                .filter(record -> complaint.toString().equals(record.key()))
                .collect(Collectors.groupingBy(record -> String.valueOf(record.headers().get(HeaderNames.MESSAGE_ID)),
                        Collectors.counting()));
        assertThat(copies).as("copies on the topic of each event of complaint %s, by message id", complaint)
                .isNotEmpty()
                .allSatisfy((messageId, count) -> assertThat(count).as("copies of %s", messageId).isEqualTo(1));
    }

    /** The answers of one complaint on the events topic as it stands now, copies included. */
    private long answersOnTopic(UUID complaint) {
        List<TopicClient.Record> records = topics.readToEnd(Topics.EVENTS);
        return records.stream()
                .filter(record -> complaint.toString().equals(record.key()))
                .filter(record -> record.value().contains("\"type\":\"ComplaintAnswered\""))
                .count();
    }

    private Map<String, Object> relayPosition() {
        return jdbc.sql("select token, token_type from token_entry where processor_name = :processor and segment = 0")
                .param("processor", ComplaintEventPublisher.PROCESSING_GROUP).query().singleRow();
    }

    private double repeatsSkipped() {
        return meters.find(ComplaintEventPublisher.REPEATS_SKIPPED).counters().stream()
                .mapToDouble(Counter::count).sum();
    }
}
