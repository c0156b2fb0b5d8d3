package be.partenamut.complaints.notification.messages;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.notification.Mailbox;
import be.partenamut.complaints.notification.NotificationIntegrationTest;
import be.partenamut.complaints.notification.TestComplaints;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly once in effect: the whole events topic, replayed, sends nothing again, to anyone. Kafka
 * delivers at least once; the delivery log's unique key (event, recipient, template) does the rest.
 */
class ExactlyOnceReplayIT extends NotificationIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void replayingTheWholeTopicSendsNoMessageTwice() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived byMail = TestComplaints.received(personalData, Language.DE, address);
        ComplaintReceived byLetter = TestComplaints.received(personalData, Language.FR, null);
        for (ComplaintReceived received : List.of(byMail, byLetter)) {
            publish(received);
            publish(TestComplaints.acknowledged(received));
            publish(TestComplaints.routed(received, "AGENCIES", null));
            publish(TestComplaints.slaBreached(received, AnsweringLine.FIRST_LINE, TestComplaints.FIRST_LINE_DUE));
            publish(TestComplaints.firstLineAnswer(personalData, received, "Ihre Erstattung wurde veranlasst."));
        }
        Mailbox.awaitMessagesTo(smtp, address, byMail.file().reference(), WAIT);
        awaitAllConsumed();
        assertThat(smtp.messagesTo(address)).hasSize(3);
        assertThat(Mailbox.messagesTo(smtp, "agences@partenamut.be", byLetter.file().reference())).hasSize(2);
        int mails = smtp.receivedMessages().size();
        long deliveries = count("delivery");
        long letters = count("print_queue");

        List<TopicClient.Record> topic = topics.readToEnd(Topics.EVENTS);
        assertThat(topic).as("the whole topic, these complaints included")
                .anyMatch(record -> record.key().equals(byLetter.complaintId().toString()));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafka().bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (TopicClient.Record record : topic) {
                producer.send(new ProducerRecord<>(Topics.EVENTS, record.key(), record.value()));
            }
            producer.flush();
        }
        awaitAllConsumed();

        assertThat(smtp.receivedMessages()).as("no mail sent again").hasSize(mails);
        assertThat(count("delivery")).as("no message recorded again").isEqualTo(deliveries);
        assertThat(count("print_queue")).as("no letter queued again").isEqualTo(letters);
        assertThat(smtp.messagesTo(address)).hasSize(3);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
