package be.partenamut.complaints.notification.delivery;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mail server that is down, then back. This context reads its own topic in its own group, so its
 * failing sends never hold up the other tests' events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.bindings.complaintEvents-in-0.destination=" + MailDeliveryFailureIT.TOPIC,
        "spring.cloud.stream.bindings.complaintEvents-in-0.group=" + MailDeliveryFailureIT.GROUP,
        "spring.cloud.stream.kafka.bindings.complaintEvents-in-0.consumer.dlq-name=" + MailDeliveryFailureIT.DLQ})
@DirtiesContext
class MailDeliveryFailureIT {

    static final String TOPIC = "notification-test.mail-down.events";
    static final String DLQ = TOPIC + ".dlq";
    static final String GROUP = "notification-service-mail-down";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static final SmtpServer smtp = SharedInfrastructure.smtp();
    private static final SmtpRelay mailServer = SmtpRelay.to(smtp.host(), smtp.port());

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
        Map<String, String> properties = SharedInfrastructure.springProperties("notification", true);
        properties.put("spring.mail.host", mailServer.host());
        properties.put("spring.mail.port", String.valueOf(mailServer.port()));
        properties.forEach((key, value) -> registry.add(key, () -> value));
    }

    @AfterAll
    static void stopRelay() throws Exception {
        mailServer.close();
    }

    @Test
    void recordsTheFailureDeadLettersTheEventAndSendsOnceWhenItIsDeliveredAgain() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived received = TestComplaints.received(personalData, Language.FR, address);
        ComplaintAcknowledged acknowledged = TestComplaints.acknowledged(received);
        double failedBefore = meters.counter("notifications.failed", "type", "ACKNOWLEDGEMENT", "language", "fr").count();

        publish(received);
        publish(acknowledged);

        String key = received.complaintId().toString();
        TopicClient.Record deadLetter = topics.readUntil(DLQ, record -> key.equals(record.key()), WAIT).stream()
                .filter(record -> key.equals(record.key())).findFirst()
                .orElseThrow(() -> new AssertionError("the acknowledgement was not dead-lettered"));
        assertThat(deadLetter.headers().get("x-exception-message"))
                .contains("Mail delivery", "acknowledgement", key)
                .doesNotContain(address);
        List<Delivery> failed = deliveries.ofComplaint(received.complaintId());
        assertThat(failed).singleElement().satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(delivery.recipientId()).isEqualTo("member:" + received.member().dataSubjectId());
            assertThat(delivery.sealedRecipient()).isEqualTo(received.member().email());
            assertThat(delivery.attempts()).isEqualTo(3);
            assertThat(delivery.lastError()).contains("MailSendException").doesNotContain(address);
            assertThat(delivery.sentAt()).isNull();
        });
        assertThat(notificationsOf(received).get(0).get("status").asText()).isEqualTo("FAILED");
        assertThat(meters.counter("notifications.failed", "type", "ACKNOWLEDGEMENT", "language", "fr").count())
                .isEqualTo(failedBefore + 3);
        assertThat(smtp.messagesTo(address)).isEmpty();

        mailServer.open();
        publish(acknowledged);

        assertThat(Mailbox.awaitMessagesTo(smtp, address, WAIT)).hasSize(1);
        assertThat(topics.awaitConsumed(GROUP, TOPIC, WAIT)).isTrue();
        assertThat(smtp.messagesTo(address)).hasSize(1);
        assertThat(deliveries.ofComplaint(received.complaintId())).singleElement().satisfies(delivery -> {
            assertThat(delivery.deliveryId()).isEqualTo(failed.get(0).deliveryId());
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(delivery.attempts()).isEqualTo(4);
            assertThat(delivery.lastError()).isNull();
            assertThat(delivery.sentAt()).isNotNull();
        });
        JsonNode listed = notificationsOf(received);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("status").asText()).isEqualTo("SENT");
    }

    private void publish(ComplaintEvent event) throws Exception {
        topics.send(TOPIC, event.complaintId().toString(), json.writeValueAsString(event));
    }

    private JsonNode notificationsOf(ComplaintReceived received) throws Exception {
        return json.readTree(http.withBasicAuth("officer", "demo").getForEntity(
                "/api/v1/notifications?complaintId=" + received.complaintId(), String.class).getBody());
    }
}
