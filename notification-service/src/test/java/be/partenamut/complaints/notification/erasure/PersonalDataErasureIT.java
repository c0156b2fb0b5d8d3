package be.partenamut.complaints.notification.erasure;

import be.partenamut.complaints.contracts.ErasureCause;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.PersonalDataErased;
import be.partenamut.complaints.notification.Mailbox;
import be.partenamut.complaints.notification.NotificationIntegrationTest;
import be.partenamut.complaints.notification.TestComplaints;
import be.partenamut.complaints.notification.delivery.DeliveryLog;
import be.partenamut.complaints.notification.message.DeliveryStatus;
import be.partenamut.complaints.notification.recipient.Recipients;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Once a member's personal data is erased or expired, nothing is sent to them and nothing of them is kept. */
class PersonalDataErasureIT extends NotificationIntegrationTest {

    @Autowired
    DeliveryLog deliveries;
    @Autowired
    Recipients recipients;
    @Autowired
    MeterRegistry meters;

    @Test
    void sendsNothingToAMemberWhoseDataWasErasedAndRecordsTheMessageAsSuppressed() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived received = TestComplaints.received(personalData, Language.NL, address);
        ComplaintAcknowledged acknowledged = TestComplaints.acknowledged(received);
        double suppressedBefore = suppressed("erased");
        publish(received);
        awaitAllConsumed();

        personalData.vault().erase(received.file().member().dataSubjectId(), "admin");
        publish(acknowledged);
        publish(acknowledged);
        awaitAllConsumed();

        assertThat(smtp.messagesTo(address)).isEmpty();
        assertThat(deliveries.ofComplaint(received.complaintId())).singleElement().satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.SUPPRESSED);
            assertThat(delivery.suppressionReason()).isEqualTo("personal data erased");
            assertThat(delivery.attempts()).isZero();
            assertThat(delivery.sentAt()).isNull();
            assertThat(delivery.sealedRecipient()).isNull();
        });
        assertThat(suppressed("erased")).as("counted once, redelivery included").isEqualTo(suppressedBefore + 1);
        JsonNode notifications = notificationsOf(received.complaintId());
        assertThat(notifications).hasSize(1);
        JsonNode notification = notifications.get(0);
        assertThat(notification.get("status").asText()).isEqualTo("SUPPRESSED");
        assertThat(notification.get("recipient").isNull()).isTrue();
        assertThat(notification.get("recipientStatus").asText()).isEqualTo("ERASED");
        assertThat(notification.get("subject").asText()).endsWith(received.file().reference());
        assertThat(notification.get("sentAt").isNull()).isTrue();
        assertNothingDeadLettered(received);
    }

    @Test
    void sendsNothingOnceTheRetentionPeriodEnded() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived received = TestComplaints.received(personalData, Language.FR, address);
        double suppressedBefore = suppressed("expired");
        publish(received);
        awaitAllConsumed();

        personalData.vault().expire(received.complaintId());
        publish(TestComplaints.acknowledged(received));
        awaitAllConsumed();

        assertThat(smtp.messagesTo(address)).isEmpty();
        assertThat(deliveries.ofComplaint(received.complaintId())).singleElement().satisfies(delivery -> {
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.SUPPRESSED);
            assertThat(delivery.suppressionReason()).isEqualTo("retention period ended");
        });
        assertThat(suppressed("expired")).isEqualTo(suppressedBefore + 1);
        JsonNode notification = notificationsOf(received.complaintId()).get(0);
        assertThat(notification.get("recipient").isNull()).isTrue();
        assertThat(notification.get("recipientStatus").asText()).isEqualTo("EXPIRED");
    }

    @Test
    void deletesTheSealedContactDetailsWhenThePersonalDataIsErased() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived received = TestComplaints.received(personalData, Language.DE, address);
        publish(received);
        publish(TestComplaints.acknowledged(received));
        Mailbox.awaitMessagesTo(smtp, address, WAIT);
        awaitAllConsumed();
        assertThat(recipients.ofComplaint(received.complaintId())).hasValueSatisfying(recipient -> {
            assertThat(recipient.email()).as("kept exactly as sealed").isEqualTo(received.file().member().email());
            assertThat(recipient.firstName()).isEqualTo(received.file().member().firstName());
            assertThat(recipient.lastName()).isEqualTo(received.file().member().lastName());
        });
        assertThat(deliveries.ofComplaint(received.complaintId()).get(0).sealedRecipient())
                .isEqualTo(received.file().member().email());

        personalData.vault().erase(received.file().member().dataSubjectId(), "admin");
        PersonalDataErased erased = TestComplaints.erased(received, ErasureCause.ERASURE_REQUEST);
        publish(erased);
        publish(erased);
        awaitAllConsumed();

        assertThat(recipients.ofComplaint(received.complaintId())).hasValueSatisfying(recipient -> {
            assertThat(recipient.firstName()).isNull();
            assertThat(recipient.lastName()).isNull();
            assertThat(recipient.email()).isNull();
            assertThat(recipient.contactRemoved()).isEqualTo(ErasureCause.ERASURE_REQUEST);
            assertThat(recipient.reference()).isEqualTo(received.file().reference());
            assertThat(recipient.language()).isEqualTo(Language.DE);
        });
        assertThat(deliveries.ofComplaint(received.complaintId())).singleElement().satisfies(delivery -> {
            assertThat(delivery.status()).as("what was sent stays known").isEqualTo(DeliveryStatus.SENT);
            assertThat(delivery.sentAt()).isNotNull();
            assertThat(delivery.sealedRecipient()).isNull();
        });
        JsonNode notification = notificationsOf(received.complaintId()).get(0);
        assertThat(notification.get("status").asText()).isEqualTo("SENT");
        assertThat(notification.get("recipient").isNull()).isTrue();
        assertThat(notification.get("recipientStatus").asText()).isEqualTo("ERASED");

        // A later message about the complaint goes nowhere.
        publish(TestComplaints.acknowledged(received));
        awaitAllConsumed();
        assertThat(smtp.messagesTo(address)).hasSize(1);
        assertThat(deliveries.ofComplaint(received.complaintId())).extracting(delivery -> delivery.status())
                .containsExactly(DeliveryStatus.SENT, DeliveryStatus.SUPPRESSED);
        assertNothingDeadLettered(received);
    }

    private double suppressed(String reason) {
        return meters.counter("notifications.suppressed", "type", "ACKNOWLEDGEMENT", "reason", reason).count();
    }

    /**
     * Called once the service's consumer group committed past the complaint's events
     * ({@link #awaitAllConsumed()}): an event that failed would be on the dead-letter topic by then.
     */
    private void assertNothingDeadLettered(ComplaintReceived received) {
        String key = received.complaintId().toString();
        assertThat(topics.readToEnd(Topics.deadLetter(Topics.EVENTS)))
                .noneMatch(record -> key.equals(record.key()));
    }
}
