package be.partenamut.complaints.notification.messaging;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.notification.Mailbox;
import be.partenamut.complaints.notification.NotificationIntegrationTest;
import be.partenamut.complaints.notification.TestComplaints;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintEventsDeadLetterIT extends NotificationIntegrationTest {

    @Test
    void deadLettersAnUnreadableMessageWithTheReasonAndGoesOn() throws Exception {
        String poisonKey = UUID.randomUUID().toString();
        topics.send(Topics.EVENTS, poisonKey, "{ this is not JSON");
        String address = TestComplaints.newAddress();
        ComplaintReceived next = TestComplaints.received(Language.DE, address);
        publish(next);
        publish(TestComplaints.acknowledged(next));

        TopicClient.Record deadLetter = deadLetter(poisonKey);
        assertThat(deadLetter.value()).isEqualTo("{ this is not JSON");
        assertThat(deadLetter.headers().get("x-exception-message")).contains("not a readable ComplaintEvent");
        assertThat(deadLetter.headers().get("x-original-topic")).isEqualTo(Topics.EVENTS);
        assertThat(Mailbox.awaitMessagesTo(smtp, address, WAIT)).hasSize(1);
    }

    @Test
    void deadLettersAnAcknowledgementOfAComplaintItNeverReceived() throws Exception {
        ComplaintReceived neverPublished = TestComplaints.received(Language.NL, TestComplaints.newAddress());
        ComplaintAcknowledged orphan = TestComplaints.acknowledged(neverPublished);

        publish(orphan);

        TopicClient.Record deadLetter = deadLetter(orphan.complaintId().toString());
        assertThat(deadLetter.headers().get("x-exception-message"))
                .contains("no ComplaintReceived known for complaint " + orphan.complaintId());
        assertThat(notificationsOf(orphan.complaintId())).isEmpty();
    }

    private TopicClient.Record deadLetter(String key) {
        return topics.readUntil(Topics.deadLetter(Topics.EVENTS), record -> key.equals(record.key()), WAIT).stream()
                .filter(record -> key.equals(record.key())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing dead-lettered under key " + key));
    }
}
