package be.partenamut.complaints.notification.delivery;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.SmtpServer;
import be.partenamut.complaints.localstack.infra.TokenClient;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.notification.Mailbox;
import be.partenamut.complaints.notification.TestComplaints;
import be.partenamut.complaints.notification.message.Delivery;
import be.partenamut.complaints.notification.message.DeliveryStatus;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.support.security.SecurityProperties;
import be.partenamut.complaints.support.security.StaffSecurityConfiguration;
import be.partenamut.complaints.testsupport.BearerAuth;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real SMTP server (GreenMail) that is stopped, then started again on the same port, or that refuses a
 * recipient. This context has its own topic, consumer group and database, so its failing sends and its
 * retry job touch nothing of the other tests. The service's clock is held still ({@link ManualClock}):
 * the retry job, which looks every 100 ms, finds a message due only once a test moved the clock past its
 * next attempt. So each attempt happens when the test says, and the test waits for what each one left in
 * the delivery log, on the deliveries topic and in the mailbox, however slow the machine. Back-off: 1 min
 * after the first failure, then twice as long each time, at most 3 min for a message the server refused
 * (4 attempts in all), at most 2 min for one waiting for the server (without limit).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.stream.bindings.complaintEvents-in-0.destination=" + MailDeliveryFailureIT.TOPIC,
        "spring.cloud.stream.bindings.complaintEvents-in-0.group=" + MailDeliveryFailureIT.GROUP,
        "spring.cloud.stream.bindings.submissions-in-0.group=" + MailDeliveryFailureIT.GROUP,
        "spring.cloud.stream.kafka.bindings.complaintEvents-in-0.consumer.dlq-name=" + MailDeliveryFailureIT.DLQ,
        "complaints.notification.retry.max-attempts=" + MailDeliveryFailureIT.MAX_ATTEMPTS,
        "complaints.notification.retry.initial-interval=1m",
        "complaints.notification.retry.multiplier=2",
        "complaints.notification.retry.max-interval=3m",
        "complaints.notification.retry.server-down-max-interval=2m",
        "complaints.notification.retry.poll-interval=100ms",
        "spring.mail.properties.mail.smtp.connectiontimeout=1000"})
@DirtiesContext
class MailDeliveryFailureIT {

    static final String TOPIC = "notification-test.mail-down.events";
    static final String DLQ = TOPIC + ".dlq";
    static final String GROUP = "notification-service-mail-down";
    static final String DATABASE = "notification_mail_down";
    static final int MAX_ATTEMPTS = 4;
    /** Past the last attempt a refused message gets: one waiting for the server is never given up. */
    static final int BEYOND_MAX_ATTEMPTS = MAX_ATTEMPTS + 2;
    /** A ceiling, not a pause: generous, as a loaded machine needs. */
    private static final Duration WAIT = Duration.ofSeconds(90);

    /** Where the mail server listens when it is up; the service is told this port before it starts. */
    private static int smtpPort;
    private static SmtpServer mailServer;

    private final TopicClient topics = new TopicClient(SharedInfrastructure.kafka().bootstrapServers());
    private final TokenClient tokens = SharedInfrastructure.identityProvider().tokens();

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
    @Autowired
    ManualClock clock;
    /** What {@code /actuator/health} says of each component (the HTTP endpoint shows no components). */
    @Autowired
    HealthEndpoint health;

    @TestConfiguration(proxyBeanMethods = false)
    static class HeldClock {

        @Bean
        @Primary
        ManualClock manualClock() {
            return new ManualClock(Instant.now());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class RealTimeTokens {

        /**
         * The staff API's token checks, with expiry judged by the real time: the provider signs its tokens by the
         * real time, and this context's clock is held still, then moved days ahead, for the retry job only.
         */
        @Bean
        JwtDecoder realTimeTokenDecoder(SecurityProperties properties) {
            return StaffSecurityConfiguration.tokenDecoder(properties, Clock.systemUTC());
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        // A port the mail server can have, then closed again: the service starts with no mail server
        // listening, and a test starts one on this port when it needs the server back.
        try (SmtpServer probe = SmtpServer.start(0)) {
            smtpPort = probe.port();
        }
        SharedInfrastructure.postgres().createDatabases(List.of(DATABASE));
        Map<String, String> properties = SharedInfrastructure.springProperties(DATABASE, true);
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(smtpPort));
        properties.putAll(SharedInfrastructure.identityProvider().springProperties());
        properties.forEach((key, value) -> registry.add(key, () -> value));
    }

    /** Requests as demo staff member {@code user}, with their access token. */
    private TestRestTemplate as(String user) {
        return BearerAuth.withBearer(http, tokens.userToken(user));
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
    void waitsWithoutLimitForAMailServerThatIsDownThenSendsEachPendingMessageOnceWhenItIsBack() throws Exception {
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

        // Down for longer than a refused message is tried: each attempt fails and is recorded, the next one
        // waits longer each time up to the ceiling for a server that is down, and none is ever given up.
        List<Delivery> failing = awaitAttempts(complaints, 1);
        assertWaiting(failing, Duration.ofMinutes(1));
        Instant waitingSince = failing.get(0).waitingSince();
        for (int attempt = 2; attempt <= BEYOND_MAX_ATTEMPTS; attempt++) {
            clock.moveTo(nextAttemptOf(failing));
            failing = awaitAttempts(complaints, attempt);
            assertWaiting(failing, Duration.ofMinutes(2)); // not 4 nor 3: held to the server-down ceiling
        }
        assertThat(failing.get(0).waitingSince()).as("waiting since its first attempt").isEqualTo(waitingSince);
        assertThat(notificationsOf(complaints.get(0)).get(0).get("status").asText()).isEqualTo("FAILED");
        assertThat(deadLetterIds()).doesNotContainAnyElementsOf(failing.stream().map(Delivery::deliveryId).toList());

        // Operations see that mails wait, how many and since when.
        Health waiting = mailDeliveryHealth();
        assertThat(waiting.getStatus()).isEqualTo(Status.DOWN);
        assertThat((Long) waiting.getDetails().get("waiting")).isGreaterThanOrEqualTo(complaints.size());
        assertThat(Instant.parse((String) waiting.getDetails().get("since"))).isBeforeOrEqualTo(waitingSince);
        assertThat(meters.get("notifications.mail.waiting").gauge().value()).isGreaterThanOrEqualTo(complaints.size());
        assertThat(meters.get("notifications.mail.waiting.oldest.seconds").gauge().value())
                .as("the clock moved 1 + 4 x 2 minutes since the first attempt")
                .isGreaterThanOrEqualTo(Duration.ofMinutes(9).toSeconds());
        assertThat(Files.readString(Path.of("..", "docker", "prometheus", "alert-rules.yml")))
                .contains("notifications_mail_waiting_oldest_seconds");

        // Back: at its next attempt every waiting message goes out, once.
        mailServer = SmtpServer.start(smtpPort);
        clock.moveTo(nextAttemptOf(failing));
        for (ComplaintReceived received : complaints) {
            Delivery sent = awaitDelivery(received, "sent", delivery -> delivery.status() == DeliveryStatus.SENT);
            assertThat(sent.attempts()).isEqualTo(BEYOND_MAX_ATTEMPTS + 1);
            assertThat(sent.refusals()).isZero();
            assertThat(sent.lastError()).isNull();
            assertThat(sent.nextAttemptAt()).isNull();
            assertThat(sent.waitingSince()).isNull();
        }
        // Each is SENT, so settled: nothing tries it again, however far the clock goes, and every send made
        // is in the mailbox.
        clock.moveBy(Duration.ofDays(1));
        Awaitility.await("mail delivery healthy again").atMost(WAIT)
                .until(() -> Status.UP.equals(mailDeliveryHealth().getStatus()));
        for (String address : addresses) {
            assertThat(mailServer.messagesTo(address)).as("sent once").hasSize(1);
        }
        assertThat(mailServer.receivedMessages()).hasSize(complaints.size());
        assertThat(notificationsOf(complaints.get(0)).get(0).get("status").asText()).isEqualTo("SENT");

        // The consumer committed past every event, so what it published for them is on the topic, and the
        // retry job published the end after its own earlier attempts: the timeline heard of the end only.
        assertThat(topics.awaitConsumed(GROUP, TOPIC, WAIT)).as("events consumed").isTrue();
        assertThat(awaitStatuses(complaints.get(0), 1)).extracting(status -> status.get("status").asText())
                .containsExactly("SENT");
        assertThat(topics.readToEnd(DLQ)).as("no event failed").isEmpty();
    }

    @Test
    void deadLettersAMessageTheServerRefusesAfterItsLastAttemptForOperationsToTryAgain() throws Exception {
        // An address no mail server takes, longer than SMTP allows (RFC 5321: 256 octets for a path):
        // GreenMail, up and well, answers its RCPT command "500 Command too long", a permanent refusal.
        String address = "member-" + UUID.randomUUID() + "@" + "x".repeat(4100) + ".example.be";
        mailServer = SmtpServer.start(smtpPort);
        ComplaintReceived received = TestComplaints.received(personalData, Language.NL, address);
        double deadBefore = meters.counter("notifications.dead", "type", "ACKNOWLEDGEMENT").count();
        publish(received);
        publish(TestComplaints.acknowledged(received));

        Delivery tried = awaitAttempts(List.of(received), 1).get(0);
        for (int attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
            assertThat(tried.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(tried.refusals()).isEqualTo(attempt - 1);
            assertThat(tried.waitingSince()).as("the server is there: nothing waits for it").isNull();
            assertThat(Duration.between(tried.statusChangedAt(), tried.nextAttemptAt()))
                    .as("the wait after refusal %d, up to max-interval", attempt - 1)
                    .isEqualTo(Duration.ofMinutes(Math.min(3, 1L << (attempt - 2))));
            clock.moveTo(tried.nextAttemptAt());
            tried = awaitAttempts(List.of(received), attempt).get(0);
        }
        Delivery dead = tried;
        assertThat(dead.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(dead.refusals()).isEqualTo(MAX_ATTEMPTS);
        assertThat(dead.nextAttemptAt()).isNull();
        assertThat(meters.counter("notifications.dead", "type", "ACKNOWLEDGEMENT").count()).isEqualTo(deadBefore + 1);
        assertThat(meters.get("notifications.dead.letters").gauge().value()).isGreaterThanOrEqualTo(1);

        ResponseEntity<String> listed = as("officer")
                .getForEntity("/api/v1/deliveries/dead-letters", String.class);
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode deadLetter = find(json.readTree(listed.getBody()), dead.deliveryId());
        assertThat(deadLetter.get("complaintId").asText()).isEqualTo(received.complaintId().toString());
        assertThat(deadLetter.get("type").asText()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(deadLetter.get("attempts").asInt()).isEqualTo(MAX_ATTEMPTS);
        assertThat(deadLetter.get("lastError").asText()).contains("SMTPAddressFailedException", "500");
        assertThat(listed.getBody()).doesNotContain("x".repeat(100));
        assertThat(as("analyst").getForEntity("/api/v1/deliveries/dead-letters", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        JsonNode failed = awaitStatuses(received, 1).get(0);
        assertThat(failed.get("status").asText()).isEqualTo("FAILED");
        assertThat(failed.get("notificationId").asText()).isEqualTo(dead.deliveryId().toString());
        assertThat(failed.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(failed.get("recipient").asText()).isEqualTo("MEMBER");

        // The server is down, then back and the clock a day on, twice. Each time the retry job sends a message
        // that was waiting: the second one is sent in a later round than the first, so by then one whole
        // round ran with the server up and the clock past everything, and the dead letter stayed dead.
        stopMailServer();
        sentByTheRetryJobOnceTheServerIsBack(Language.FR);
        stopMailServer();
        sentByTheRetryJobOnceTheServerIsBack(Language.DE);
        assertThat(onlyDeliveryOf(received)).satisfies(stillDead -> {
            assertThat(stillDead.status()).isEqualTo(DeliveryStatus.DEAD);
            assertThat(stillDead.attempts()).as("no attempt after the last").isEqualTo(MAX_ATTEMPTS);
        });
        assertThat(mailServer.receivedMessages()).hasSize(1);
        assertThat(as("officer").exchange("/api/v1/deliveries/dead-letters/"
                + dead.deliveryId() + "/retry", HttpMethod.POST, HttpEntity.EMPTY, String.class).getStatusCode())
                .as("operations only").isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> retried = as("admin").exchange("/api/v1/deliveries/dead-letters/"
                + dead.deliveryId() + "/retry", HttpMethod.POST, HttpEntity.EMPTY, String.class);
        assertThat(retried.getStatusCode()).as("still a dead letter until now").isEqualTo(HttpStatus.OK);

        // Sent back for a fresh series of attempts, tried at once; this server still refuses the address.
        Delivery revived = awaitDelivery(received, "tried again", delivery -> delivery.status() == DeliveryStatus.FAILED
                && delivery.attempts() == 1);
        assertThat(revived.deliveryId()).isEqualTo(dead.deliveryId());
        assertThat(revived.refusals()).isEqualTo(1);
        assertThat(deadLetterIds()).doesNotContain(dead.deliveryId());
        assertThat(mailServer.receivedMessages()).hasSize(1);
        assertThat(as("admin").exchange("/api/v1/deliveries/dead-letters/"
                + dead.deliveryId() + "/retry", HttpMethod.POST, HttpEntity.EMPTY, String.class).getStatusCode())
                .as("no longer a dead letter").isEqualTo(HttpStatus.NOT_FOUND);
    }

    /**
     * A message about a new complaint fails while the mail server is down; then the server is back, the
     * clock moves a day on, and the retry job sends it.
     */
    private void sentByTheRetryJobOnceTheServerIsBack(Language language) throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived received = TestComplaints.received(personalData, language, address);
        publish(received);
        publish(TestComplaints.acknowledged(received));
        awaitAttempts(List.of(received), 1);
        mailServer = SmtpServer.start(smtpPort);
        clock.moveBy(Duration.ofDays(1));
        assertThat(Mailbox.awaitMessagesTo(mailServer, address, WAIT)).hasSize(1);
        assertThat(awaitDelivery(received, "sent", delivery -> delivery.status() == DeliveryStatus.SENT).attempts())
                .isEqualTo(2);
    }

    /** Each failed for a mail server that is down, counts no refusal, and is tried again after {@code wait}. */
    private static void assertWaiting(List<Delivery> failing, Duration wait) {
        for (Delivery delivery : failing) {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(delivery.waitingForMailServer()).isTrue();
            assertThat(delivery.refusals()).isZero();
            assertThat(delivery.lastError()).contains("MailSendException", "ConnectException")
                    .doesNotContain("@example.be");
            assertThat(delivery.sentAt()).isNull();
            assertThat(Duration.between(delivery.statusChangedAt(), delivery.nextAttemptAt()))
                    .as("the wait after attempt %d", delivery.attempts()).isEqualTo(wait);
        }
    }

    /** When the last of these messages is due again. */
    private static Instant nextAttemptOf(List<Delivery> failing) {
        return failing.stream().map(Delivery::nextAttemptAt).max(Instant::compareTo).orElseThrow();
    }

    /**
     * Waits until the message of each complaint was tried {@code attempts} times and the last attempt is
     * recorded (failed, or given up), and returns them in the same order.
     */
    private List<Delivery> awaitAttempts(List<ComplaintReceived> complaints, int attempts) {
        List<Delivery> tried = new ArrayList<>();
        for (ComplaintReceived received : complaints) {
            tried.add(awaitDelivery(received, "tried " + attempts + " time(s)", delivery -> delivery.attempts() == attempts
                    && (delivery.status() == DeliveryStatus.FAILED || delivery.status() == DeliveryStatus.DEAD)));
        }
        return tried;
    }

    private Delivery awaitDelivery(ComplaintReceived received, String what, Predicate<Delivery> condition) {
        return Awaitility.await("the message about " + received.file().reference() + " " + what).atMost(WAIT)
                .until(() -> onlyDeliveryOf(received), delivery -> delivery != null && condition.test(delivery));
    }

    /** The complaint's one message (its acknowledgement), or null while it is not recorded. */
    private Delivery onlyDeliveryOf(ComplaintReceived received) {
        List<Delivery> found = deliveries.ofComplaint(received.complaintId());
        assertThat(found).as("messages about " + received.file().reference()).hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The statuses published for the complaint, once at least {@code expected} are there. */
    private List<JsonNode> awaitStatuses(ComplaintReceived received, int expected) {
        String key = received.complaintId().toString();
        return Awaitility.await(expected + " statuses of " + received.file().reference()).atMost(WAIT)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    List<JsonNode> statuses = new ArrayList<>();
                    for (TopicClient.Record record : topics.readToEnd(Topics.DELIVERIES)) {
                        if (key.equals(record.key())) {
                            statuses.add(json.readTree(record.value()));
                        }
                    }
                    return statuses;
                }, statuses -> statuses.size() >= expected);
    }

    private List<UUID> deadLetterIds() throws Exception {
        List<UUID> ids = new ArrayList<>();
        json.readTree(as("admin").getForEntity("/api/v1/deliveries/dead-letters", String.class)
                .getBody()).forEach(letter -> ids.add(UUID.fromString(letter.get("notificationId").asText())));
        return ids;
    }

    private Health mailDeliveryHealth() {
        return (Health) health.healthForPath("mailDelivery");
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
        return json.readTree(as("officer").getForEntity(
                "/api/v1/notifications?complaintId=" + received.complaintId(), String.class).getBody());
    }
}
