package be.partenamut.complaints.notification.messaging;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.notification.Mailbox;
import be.partenamut.complaints.notification.NotificationIntegrationTest;
import be.partenamut.complaints.notification.TestComplaints;
import be.partenamut.complaints.support.messaging.UnprocessableMessageException;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the notification service's consumer does when something fails: an outage of its own
 * database is ridden out (no dead letter, the event applied once the database is back), a message
 * that can never be read is dead-lettered at once and counted, and a dead letter is replayed once
 * its cause is fixed, and only once.
 */
class ConsumerFailuresIT extends NotificationIntegrationTest {

    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.EVENTS);
    /** The binder retried three times before dead-lettering; an outage now outlasts that and more. */
    private static final int MORE_THAN_THE_OLD_LIMIT = 4;

    @Autowired
    MeterRegistry meters;
    /** What {@code /actuator/health} says of each component (the HTTP endpoint shows no components). */
    @Autowired
    HealthEndpoint health;

    @Test
    void ridesOutAnOutageOfItsDatabaseAndAppliesTheEventOnceItIsBack() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived received = TestComplaints.received(personalData, Language.FR, address);
        double failedBefore = failedAttempts();

        try (DatabaseOutage outage = DatabaseOutage.of("notification")) {
            publish(received);
            publish(TestComplaints.acknowledged(received));

            await("the consumer retrying through the outage").atMost(WAIT).pollInterval(Duration.ofMillis(250))
                    .until(() -> failedAttempts() - failedBefore >= MORE_THAN_THE_OLD_LIMIT);
            assertThat(consumersHealth()).isEqualTo(Status.DOWN);
        }

        assertThat(Mailbox.awaitMessagesTo(smtp, address, WAIT)).hasSize(1);
        awaitAllConsumed();
        assertThat(deadLettersKeyed(received.complaintId().toString())).isEmpty();
        await("the consumer healthy again").atMost(WAIT).until(() -> Status.UP.equals(consumersHealth()));
    }

    @Test
    void deadLettersAnUnreadableMessageAtOnceAndCountsIt() throws Exception {
        String key = UUID.randomUUID().toString();
        double failedBefore = failedAttempts();
        double deadBefore = deadLetters();

        topics.send(Topics.EVENTS, key, "{ not an event");

        TopicClient.Record deadLetter = awaitDeadLetter(key);
        assertThat(deadLetter.headers().get("x-exception-fqcn")).isEqualTo(UnprocessableMessageException.class.getName());
        assertThat(deadLetter.headers().get("x-exception-message")).contains("not a readable ComplaintEvent");
        assertThat(deadLetter.headers().get("x-original-topic")).isEqualTo(Topics.EVENTS);
        assertThat(deadLetter.headers().get("x-original-consumer-group")).isEqualTo(GROUP);
        await().atMost(WAIT).until(() -> deadLetters() - deadBefore >= 1);
        assertThat(failedAttempts() - failedBefore).as("tried once, not retried").isEqualTo(1);
        assertThat(Files.readString(Path.of("..", "docker", "prometheus", "alert-rules.yml")))
                .contains("complaints_dead_letters_total", "complaints_consumer_retrying_seconds");
    }

    @Test
    void replaysADeadLetterOnceItsCauseIsFixedAndNeverTwice() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived received = TestComplaints.received(personalData, Language.NL, address);
        ComplaintAcknowledged acknowledged = TestComplaints.acknowledged(received);
        String key = received.complaintId().toString();
        publish(acknowledged);
        TopicClient.Record deadLetter = awaitDeadLetter(key);
        assertThat(deadLetter.headers().get("x-exception-message")).contains("no ComplaintReceived known");

        // The cause fixed: the complaint the acknowledgement is about is now known.
        publish(received);
        awaitAllConsumed();
        assertThat(smtp.messagesTo(address)).isEmpty();

        JsonNode first = replay();
        assertThat(replayedOffsets(first)).contains(deadLetter.partition() + "/" + deadLetter.offset());
        assertThat(Mailbox.awaitMessagesTo(smtp, address, WAIT)).hasSize(1);

        awaitAllConsumed();
        JsonNode second = replay();
        assertThat(replayedOffsets(second)).doesNotContainAnyElementsOf(replayedOffsets(first));
        awaitAllConsumed();
        assertThat(copiesOnTheTopic(key, acknowledged.metadata().messageId())).as("the original and one replay")
                .isEqualTo(2);
        assertThat(smtp.messagesTo(address)).hasSize(1);
    }

    @Test
    void replaysOnlyForAnAdministrator() {
        ResponseEntity<String> agent = as("agent")
                .postForEntity("/api/v1/admin/dead-letters/" + DEAD_LETTERS + "/replay", null, String.class);
        ResponseEntity<String> unknown = as("admin")
                .postForEntity("/api/v1/admin/dead-letters/complaints.unknown.dlq/replay", null, String.class);

        assertThat(agent.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private JsonNode replay() throws Exception {
        ResponseEntity<String> response = as("admin")
                .postForEntity("/api/v1/admin/dead-letters/" + DEAD_LETTERS + "/replay", null, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<String> replayedOffsets(JsonNode report) {
        List<String> offsets = new ArrayList<>();
        report.get("messages").forEach(message -> offsets.add(message.get("partition").asInt() + "/"
                + message.get("offset").asLong()));
        return offsets;
    }

    private long copiesOnTheTopic(String key, UUID messageId) {
        return topics.readToEnd(Topics.EVENTS).stream()
                .filter(record -> key.equals(record.key()) && record.valueContains(messageId.toString()))
                .count();
    }

    private TopicClient.Record awaitDeadLetter(String key) {
        return topics.readUntil(DEAD_LETTERS, record -> key.equals(record.key()), WAIT).stream()
                .filter(record -> key.equals(record.key())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing dead-lettered under key " + key));
    }

    private List<TopicClient.Record> deadLettersKeyed(String key) {
        return topics.readToEnd(DEAD_LETTERS).stream().filter(record -> key.equals(record.key())).toList();
    }

    private Status consumersHealth() {
        return health.healthForPath("messageConsumers").getStatus();
    }

    private double failedAttempts() {
        return meters.find("complaints.consumer.failed.attempts").tag("topic", Topics.EVENTS).tag("group", GROUP)
                .counters().stream().mapToDouble(Counter::count).sum();
    }

    private double deadLetters() {
        return meters.find("complaints.dead.letters").tag("topic", DEAD_LETTERS).tag("group", GROUP)
                .tag("reason", "UnprocessableMessageException")
                .counters().stream().mapToDouble(Counter::count).sum();
    }
}
