package be.partenamut.complaints.notification.messaging;

import be.partenamut.complaints.contracts.ComplaintFileBuilder;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.notification.Mailbox;
import be.partenamut.complaints.notification.NotificationIntegrationTest;
import be.partenamut.complaints.notification.TestComplaints;
import be.partenamut.complaints.notification.recipient.Recipients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintEventsDeadLetterIT extends NotificationIntegrationTest {

    @Autowired
    Recipients recipients;

    @Test
    void deadLettersAnUnreadableMessageWithTheReasonAndGoesOn() throws Exception {
        String poisonKey = UUID.randomUUID().toString();
        topics.send(Topics.EVENTS, poisonKey, "{ this is not JSON");
        String address = TestComplaints.newAddress();
        ComplaintReceived next = TestComplaints.received(personalData, Language.DE, address);
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
        ComplaintReceived neverPublished = TestComplaints.received(personalData, Language.NL, TestComplaints.newAddress());
        ComplaintAcknowledged orphan = TestComplaints.acknowledged(neverPublished);

        publish(orphan);

        TopicClient.Record deadLetter = deadLetter(orphan.complaintId().toString());
        assertThat(deadLetter.headers().get("x-exception-message"))
                .contains("no ComplaintReceived known for complaint " + orphan.complaintId());
        assertThat(notificationsOf(orphan.complaintId())).isEmpty();
    }

    @Test
    void deadLettersAComplaintWhoseContactDetailsAreNotSealedAndKeepsNothingOfThem() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived sealed = TestComplaints.received(personalData, Language.FR, address);
        MemberContact member = sealed.file().member();
        // As an event of the older shape would carry it: the address in clear where a sealed value belongs.
        ComplaintReceived inClear = new ComplaintReceived(sealed.metadata(), ComplaintFileBuilder.from(sealed.file())
                .member(new MemberContact(member.dataSubjectId(), member.memberNumber(), member.firstName(),
                        member.lastName(), SealedText.of(address), member.language()))
                .firstLineDueDate(null).build());

        publish(inClear);

        TopicClient.Record deadLetter = deadLetter(inClear.complaintId().toString());
        assertThat(deadLetter.headers().get("x-exception-message"))
                .contains(PersonalFields.EMAIL + " is not sealed for complaint " + inClear.complaintId())
                .doesNotContain(address);
        assertThat(recipients.ofComplaint(inClear.complaintId())).isEmpty();
    }

    private TopicClient.Record deadLetter(String key) {
        return topics.readUntil(Topics.deadLetter(Topics.EVENTS), record -> key.equals(record.key()), WAIT).stream()
                .filter(record -> key.equals(record.key())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing dead-lettered under key " + key));
    }
}
