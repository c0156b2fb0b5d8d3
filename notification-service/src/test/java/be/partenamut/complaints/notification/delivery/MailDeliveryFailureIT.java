package be.partenamut.complaints.notification.delivery;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.localstack.infra.FreePorts;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.SmtpServer;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.notification.Mailbox;
import be.partenamut.complaints.notification.TestComplaints;
import be.partenamut.complaints.personaldata.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real SMTP server (GreenMail) that is stopped, then started again on the same port. This context has
 * its own topic, consumer group and database, so its failing sends and its retry job touch nothing of
 * the other tests; its retries are quick: 0.4 s, then twice as long each time (at most 1.5 s), 6
 * attempts in all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.bindings.complaintEvents-in-0.destination=" + MailDeliveryFailureIT.TOPIC,
        "spring.cloud.stream.bindings.complaintEvents-in-0.group=" + MailDeliveryFailureIT.GROUP,
        "spring.cloud.stream.bindings.submissions-in-0.group=" + MailDeliveryFailureIT.GROUP,
        "spring.cloud.stream.kafka.bindings.complaintEvents-in-0.consumer.dlq-name=" + MailDeliveryFailureIT.DLQ,
        "complaints.notification.retry.max-attempts=6",
        "complaints.notification.retry.initial-interval=400ms",
        "complaints.notification.retry.multiplier=2",
        "complaints.notification.retry.max-interval=1500ms",
        "complaints.notification.retry.poll-interval=100ms",
        "spring.mail.properties.mail.smtp.connectiontimeout=1000"})
@DirtiesContext
class MailDeliveryFailureIT {

    static final String TOPIC = "notification-test.mail-down.events";
    static final String DLQ = TOPIC + ".dlq";
    static final String GROUP = "notification-service-mail-down";
    static final String DATABASE = "notification_mail_down";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int SMTP_PORT = FreePorts.next();

    private static SmtpServer mailServer;

    private final TopicClient topics = new TopicClient(SharedInfrastructure.kafka().bootstrapServers());

    @Autowired
    ObjectMapper json;
    @Autowired
    TestRestTemplate http;
    @Autowired
    DeliveryLog deliveries;
    @Autowired
    MeterRegistry meters;
    @Autowired
    PersonalData personalData;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        SharedInfrastructure.postgres().createDatabases(List.of(DATABASE));
        Map<String, String> properties = SharedInfrastructure.springProperties(DATABASE, true);
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(SMTP_PORT));
        properties.forEach((key, value) -> registry.add(key, () -> value));
    }

    @BeforeEach
    void mailServerDown() {
        stopMailServer();
    }

    @AfterAll
    static void stopMailServer() {
        if (mailServer != null) {
            mailServer.close();
            mailServer = null;
        }
    }

    @Test
    void retriesWithBackOffAndSendsEachPendingMessageOnceWhenTheMailServerIsBack() throws Exception {
        List<String> addresses = new ArrayList<>();
        List<ComplaintReceived> complaints = new ArrayList<>();
        for (Language language : Language.values()) {
            String address = TestComplaints.newAddress();
            ComplaintReceived received = TestComplaints.received(personalData, language, address);
            publish(received);
            publish(TestComplaints.acknowledged(received));
            addresses.add(address);
            complaints.add(received);
        }

        // Down: each message failed, and was tried again later, then later still.
        for (ComplaintReceived received : complaints) {
            Delivery failing = await(received, delivery -> delivery.attempts() >= 2);
            assertThat(failing.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(failing.lastError()).contains("MailSendException").doesNotContain("@example.be");
            assertThat(failing.sentAt()).isNull();
            assertThat(Duration.between(failing.statusChangedAt(), failing.nextAttemptAt()))
                    .as("the wait grows: 0.4 s after the first failure, 0.8 s after the second, then at most 1.5 s")
                    .isEqualTo(Duration.ofMillis(failing.attempts() == 2 ? 800 : 1500));
        }
        assertThat(notificationsOf(complaints.get(0)).get(0).get("status").asText()).isEqualTo("FAILED");
        assertThat(statusesOf(complaints.get(0), 0)).as("the timeline hears of the end only").isEmpty();

        // Back: every pending message goes out, once.
        mailServer = SmtpServer.start(SMTP_PORT);
        for (String address : addresses) {
            assertThat(Mailbox.awaitMessagesTo(mailServer, address, WAIT)).hasSize(1);
        }
        Thread.sleep(1_500); // more than a dozen rounds of the retry job
        for (int i = 0; i < complaints.size(); i++) {
            assertThat(mailServer.messagesTo(addresses.get(i))).as("sent once").hasSize(1);
            Delivery sent = await(complaints.get(i), delivery -> delivery.status() == DeliveryStatus.SENT);
            assertThat(sent.attempts()).isBetween(3, 6);
            assertThat(sent.lastError()).isNull();
            assertThat(sent.nextAttemptAt()).isNull();
        }
        assertThat(mailServer.receivedMessages()).hasSize(3);
        assertThat(notificationsOf(complaints.get(0)).get(0).get("status").asText()).isEqualTo("SENT");
        assertThat(statusesOf(complaints.get(0), 1)).extracting(status -> status.get("status").asText())
                .containsExactly("SENT");
        assertThat(topics.readAll(DLQ, Duration.ofSeconds(1))).as("no event failed").isEmpty();
    }

    @Test
    void deadLettersAMessageAfterItsLastAttemptForOperationsToSendAgain() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived received = TestComplaints.received(personalData, Language.NL, address);
        double deadBefore = meters.counter("notifications.dead", "type", "ACKNOWLEDGEMENT").count();
        publish(received);
        publish(TestComplaints.acknowledged(received));

        Delivery dead = await(received, delivery -> delivery.status() == DeliveryStatus.DEAD);
        assertThat(dead.attempts()).isEqualTo(6);
        assertThat(dead.nextAttemptAt()).isNull();
        assertThat(meters.counter("notifications.dead", "type", "ACKNOWLEDGEMENT").count()).isEqualTo(deadBefore + 1);
        assertThat(meters.get("notifications.dead.letters").gauge().value()).isGreaterThanOrEqualTo(1);

        ResponseEntity<String> listed = http.withBasicAuth("officer", "demo")
                .getForEntity("/api/v1/deliveries/dead-letters", String.class);
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode deadLetter = find(json.readTree(listed.getBody()), dead.deliveryId());
        assertThat(deadLetter.get("complaintId").asText()).isEqualTo(received.complaintId().toString());
        assertThat(deadLetter.get("type").asText()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(deadLetter.get("attempts").asInt()).isEqualTo(6);
        assertThat(deadLetter.get("lastError").asText()).contains("MailSendException");
        assertThat(listed.getBody()).doesNotContain(address);
        assertThat(http.withBasicAuth("analyst", "demo").getForEntity("/api/v1/deliveries/dead-letters", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode failed = statusesOf(received, 1).get(0);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("notificationId").asText()).isEqualTo(dead.deliveryId().toString());
        assertThat(failed.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(failed.get("recipient").asText()).isEqualTo("MEMBER");

        // The server is back, but a dead letter stays dead until operations send it again.
        mailServer = SmtpServer.start(SMTP_PORT);
        Thread.sleep(1_000);
        assertThat(mailServer.messagesTo(address)).isEmpty();
        assertThat(http.withBasicAuth("officer", "demo").exchange("/api/v1/deliveries/dead-letters/"
                + dead.deliveryId() + "/retry", HttpMethod.POST, HttpEntity.EMPTY, String.class).getStatusCode())
                .as("operations only").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> retried = http.withBasicAuth("admin", "demo").exchange("/api/v1/deliveries/dead-letters/"
                + dead.deliveryId() + "/retry", HttpMethod.POST, HttpEntity.EMPTY, String.class);
        assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(Mailbox.awaitMessagesTo(mailServer, address, WAIT)).hasSize(1);
        assertThat(await(received, delivery -> delivery.status() == DeliveryStatus.SENT).deliveryId())
                .isEqualTo(dead.deliveryId());
        assertThat(json.readTree(http.withBasicAuth("admin", "demo")
                .getForEntity("/api/v1/deliveries/dead-letters", String.class).getBody()))
                .noneMatch(letter -> letter.get("notificationId").asText().equals(dead.deliveryId().toString()));
        assertThat(statusesOf(received, 2).stream().map(status -> status.get("status").asText()).toList())
                .containsExactly("FAILED", "SENT");
        assertThat(http.withBasicAuth("admin", "demo").exchange("/api/v1/deliveries/dead-letters/"
                + dead.deliveryId() + "/retry", HttpMethod.POST, HttpEntity.EMPTY, String.class).getStatusCode())
                .as("no longer a dead letter").isEqualTo(HttpStatus.NOT_FOUND);
    }

    private Delivery await(ComplaintReceived received, Predicate<Delivery> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(WAIT);
        List<Delivery> found = deliveries.ofComplaint(received.complaintId());
        while (Instant.now().isBefore(deadline)) {
            found = deliveries.ofComplaint(received.complaintId());
            if (found.size() == 1 && condition.test(found.get(0))) {
                return found.get(0);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the delivery of " + received.reference() + " never got there: " + found);
    }

    /** The statuses published for the complaint, once {@code expected} are there (a second at most for none). */
    private List<JsonNode> statusesOf(ComplaintReceived received, int expected) throws Exception {
        String key = received.complaintId().toString();
        Instant deadline = Instant.now().plus(expected == 0 ? Duration.ofSeconds(1) : WAIT);
        List<JsonNode> statuses = new ArrayList<>();
        do {
            statuses.clear();
            for (TopicClient.Record record : topics.readAll(Topics.DELIVERIES, Duration.ofMillis(500))) {
                if (key.equals(record.key())) {
                    statuses.add(json.readTree(record.value()));
                }
            }
        } while (statuses.size() < Math.max(expected, 1) && Instant.now().isBefore(deadline));
        return statuses;
    }

    private static JsonNode find(JsonNode list, UUID id) {
        for (JsonNode item : list) {
            if (item.get("notificationId").asText().equals(id.toString())) {
                return item;
            }
        }
        throw new AssertionError("no " + id + " in " + list);
    }

    private void publish(ComplaintEvent event) throws Exception {
        topics.send(TOPIC, event.complaintId().toString(), json.writeValueAsString(event));
    }

    private JsonNode notificationsOf(ComplaintReceived received) throws Exception {
        return json.readTree(http.withBasicAuth("officer", "demo").getForEntity(
                "/api/v1/notifications?complaintId=" + received.complaintId(), String.class).getBody());
    }
}
