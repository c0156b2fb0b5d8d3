package be.partenamut.complaints.notification.messaging;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.notification.Mailbox;
import be.partenamut.complaints.notification.NotificationIntegrationTest;
import be.partenamut.complaints.notification.TestComplaints;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The member's contact details are sealed, and opened through the key vault when their mail is written:
 * while the vault is away, the consumer retries the complaint's events without limit (no dead letter,
 * no mail, health DOWN), and once it is back the member gets their acknowledgement, once.
 */
class KeyVaultOutageIT extends NotificationIntegrationTest {

    /** The binder retried three times before dead-lettering; the outage outlasts that and more. */
    private static final int MORE_THAN_THE_OLD_LIMIT = 4;

    @Autowired
    MeterRegistry meters;
    /** What {@code /actuator/health} says of each component (the HTTP endpoint shows no components). */
    @Autowired
    HealthEndpoint health;

    @Test
    void ridesOutAKeyVaultOutageAndSendsTheAcknowledgementOnceTheVaultIsBack() throws Exception {
        String address = TestComplaints.newAddress();
        // Sealed by intake, before the outage: the event carries the contact details only sealed.
        ComplaintReceived received = TestComplaints.received(personalData, Language.DE, address);
        String key = received.complaintId().toString();
        double failedBefore = failedAttempts();

        try (DatabaseOutage outage = DatabaseOutage.of("keyvault")) {
            publish(received);
            publish(TestComplaints.acknowledged(received));

            await("the consumer retrying through the outage").atMost(WAIT).pollInterval(Duration.ofMillis(250))
                    .until(() -> failedAttempts() - failedBefore >= MORE_THAN_THE_OLD_LIMIT);
            assertThat(healthOf("messageConsumers")).isEqualTo(Status.DOWN);
            assertThat(healthOf("keyVault")).isEqualTo(Status.DOWN);
            assertThat(deadLettersKeyed(key)).as("nothing dead-lettered").isZero();
            assertThat(smtp.messagesTo(address)).as("nothing sent yet").isEmpty();
        }

        assertThat(Mailbox.awaitMessagesTo(smtp, address, WAIT)).hasSize(1);
        awaitAllConsumed();
        assertThat(awaitStatuses(received.complaintId(), 1)).extracting(status -> status.get("status").asText())
                .containsExactly("SENT");
        assertThat(smtp.messagesTo(address)).as("sent once").hasSize(1);
        assertThat(deadLettersKeyed(key)).as("nothing dead-lettered").isZero();
        await("healthy again").atMost(WAIT).until(() -> Status.UP.equals(healthOf("messageConsumers"))
                && Status.UP.equals(healthOf("keyVault")));
    }

    private Status healthOf(String component) {
        return health.healthForPath(component).getStatus();
    }

    private long deadLettersKeyed(String key) {
        return topics.readToEnd(Topics.deadLetter(Topics.EVENTS)).stream().filter(record -> key.equals(record.key()))
                .count();
    }

    private double failedAttempts() {
        return meters.find("complaints.consumer.failed.attempts").tag("topic", Topics.EVENTS).tag("group", GROUP)
                .counters().stream().mapToDouble(Counter::count).sum();
    }
}
