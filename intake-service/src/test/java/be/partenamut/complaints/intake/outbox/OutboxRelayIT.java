package be.partenamut.complaints.intake.outbox;

import be.partenamut.complaints.contracts.HeaderNames;
import be.partenamut.complaints.intake.IntakeIntegrationTest;
import be.partenamut.complaints.intake.outbox.messaging.OutboxRelay;
import be.partenamut.complaints.intake.outbox.messaging.SubmissionPublisher;
import be.partenamut.complaints.localstack.infra.TopicClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The relay publishes at least once and never changes a message: one that died after Kafka took a
 * message but before it marked it leaves it pending, and the next relay publishes it again with the
 * same message id (consumers dedupe on it). Two relays never hold the same message.
 */
class OutboxRelayIT extends IntakeIntegrationTest {

    @Autowired
    OutboxRelay relay;
    @Autowired
    Outbox outbox;
    @Autowired
    SubmissionPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    OutboxMetrics metrics;
    @Autowired
    Clock clock;

    @Test
    void republishesWithTheSameMessageIdWhatADeadRelayPublishedButDidNotMark() {
        relay.stop(); // this instance's relay, so that the relays below are the only ones at work
        try {
            drain();
            ResponseEntity<String> accepted = post(complaint());
            assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.ACCEPTED);
            String complaintId = read(accepted.getBody()).get("complaintId").asText();
            String messageId = jdbc.sql("select submission_id::text from submission where complaint_id = :id::uuid")
                    .param("id", complaintId).query(String.class).single();
            assertThat(published(messageId)).isFalse();

            // As a kill -9 between Kafka's acknowledgement and the commit of the mark: the mark never commits.
            OutboxRelay dying = relay(message -> {
                publisher.publish(message);
                throw new IllegalStateException("the relay died after Kafka acknowledged the message");
            });
            assertThatThrownBy(dying::relayOnce).hasMessageContaining(messageId);
            assertThat(published(messageId)).isFalse();
            assertThat(messagesOf(complaintId)).hasSize(1);

            assertThat(relay(publisher::publish).relayOnce()).isEqualTo(1);

            assertThat(published(messageId)).isTrue();
            List<TopicClient.Record> published = messagesOf(complaintId);
            assertThat(published).hasSize(2);
            assertThat(published).allSatisfy(record -> {
                assertThat(record.headers()).containsEntry(HeaderNames.MESSAGE_ID, messageId);
                assertThat(read(record.value()).at("/metadata/messageId").asText()).isEqualTo(messageId);
            });
            assertThat(read(published.get(1).value())).isEqualTo(read(published.get(0).value()));
        } finally {
            relay.start();
        }
    }

    @Test
    void neverHandsTheSameMessageToTwoRelays() throws Exception {
        relay.stop();
        try {
            drain();
            ResponseEntity<String> accepted = post(complaint());
            assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            CountDownLatch claimed = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            // One relay holds the message (its transaction open, as while it waits for Kafka)...
            CompletableFuture<List<OutboxMessage>> first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
                List<OutboxMessage> held = outbox.claimPending(10);
                claimed.countDown();
                await(release);
                return held;
            }));
            assertThat(claimed.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            // ...and another finds nothing to publish.
            List<OutboxMessage> second = transactions.execute(status -> outbox.claimPending(10));
            release.countDown();

            assertThat(first.get(WAIT.toSeconds(), TimeUnit.SECONDS)).hasSize(1);
            assertThat(second).isEmpty();
        } finally {
            relay.start();
        }
    }

    private OutboxRelay relay(OutboxRelay.Sender sender) {
        return new OutboxRelay(outbox, sender, json, transactions, metrics, clock, Duration.ofSeconds(1),
                Duration.ofSeconds(1), 100);
    }

    /** Publishes what earlier tests left pending, so that the relays under test see only this test's message. */
    private void drain() {
        OutboxRelay draining = relay(publisher::publish);
        while (draining.relayOnce() > 0) {
            // until nothing is pending
        }
    }

    private boolean published(String messageId) {
        return jdbc.sql("select published_at is not null from outbox_message where message_id = :id::uuid")
                .param("id", messageId).query(Boolean.class).single();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
