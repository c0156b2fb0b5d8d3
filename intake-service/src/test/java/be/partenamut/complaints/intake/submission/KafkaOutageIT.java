package be.partenamut.complaints.intake.submission;

import be.partenamut.complaints.contracts.HeaderNames;
import be.partenamut.complaints.intake.IntakeIntegrationTest;
import be.partenamut.complaints.localstack.infra.MessageBroker;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.TopicClient;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * With Kafka down intake keeps accepting what it can store: each complaint is answered 202 at once,
 * waits in the outbox, and is published once, with the message id it was stored with, when Kafka is back.
 */
@ExtendWith(OutputCaptureExtension.class)
class KafkaOutageIT extends IntakeIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void acceptsWhileKafkaIsDownThenPublishesEachComplaintOnceWhenItIsBack(CapturedOutput output) {
        MessageBroker kafka = SharedInfrastructure.kafka();
        post(complaint()); // the producer knows the topic, as it would in production
        List<Map<String, Object>> forms = List.of(complaint(), complaint(), complaint());
        List<String> keys = forms.stream().map(form -> UUID.randomUUID().toString()).toList();

        List<ResponseEntity<String>> answers = new ArrayList<>();
        Duration slowest = Duration.ZERO;
        ResponseEntity<String> repeated;
        List<String> complaintIds;
        try {
            kafka.stop();
            for (int i = 0; i < forms.size(); i++) {
                Instant start = Instant.now();
                answers.add(post(forms.get(i), keys.get(i), null));
                Duration waited = Duration.between(start, Instant.now());
                slowest = waited.compareTo(slowest) > 0 ? waited : slowest;
            }
            repeated = post(forms.get(0), keys.get(0), null);
            answers.forEach(answer -> assertThat(answer.getStatusCode()).as(answer.getBody())
                    .isEqualTo(HttpStatus.ACCEPTED));
            complaintIds = answers.stream().map(answer -> read(answer.getBody()).get("complaintId").asText()).toList();

            // Stored, not published: the relay waits for Kafka, and operations see the backlog grow.
            assertThat(pendingInOutbox(complaintIds)).isEqualTo(forms.size());
            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(meters.get("complaints.outbox.pending").gauge().value()).isGreaterThanOrEqualTo(forms.size());
                assertThat(meters.get("complaints.outbox.oldest.pending.age").timeGauge().value())
                        .isGreaterThan(0);
            });
        } finally {
            kafka.start();
        }

        // No request waited for Kafka (the producer alone would have waited up to 10 s).
        assertThat(slowest).isLessThan(Duration.ofSeconds(5));
        assertThat(repeated.getStatusCode()).as(repeated.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(read(repeated.getBody()).get("complaintId").asText()).isEqualTo(complaintIds.get(0));
        for (String complaintId : complaintIds) {
            String messageId = jdbc.sql("select submission_id::text from submission where complaint_id = :id::uuid")
                    .param("id", complaintId).query(String.class).single();
            List<TopicClient.Record> published = messagesOf(complaintId);
            assertThat(published).as("complaint %s", complaintId).hasSize(1);
            assertThat(published.get(0).headers()).containsEntry(HeaderNames.MESSAGE_ID, messageId);
            assertThat(read(published.get(0).value()).at("/metadata/messageId").asText()).isEqualTo(messageId);
        }
        await().atMost(WAIT).until(() -> pendingInOutbox(complaintIds) == 0);
        await().atMost(WAIT).until(() -> meters.get("complaints.outbox.pending").gauge().value() == 0);
        for (Map<String, Object> form : forms) {
            assertThat(output.getAll()).doesNotContain((String) form.get("description"), (String) form.get("subject"));
        }
    }

    private long pendingInOutbox(List<String> complaintIds) {
        return jdbc.sql("select count(*) from outbox_message where message_key in (:keys) and published_at is null")
                .param("keys", complaintIds).query(Long.class).single();
    }
}
