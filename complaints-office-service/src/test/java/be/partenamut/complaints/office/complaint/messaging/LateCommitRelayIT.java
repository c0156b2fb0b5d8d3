package be.partenamut.complaints.office.complaint.messaging;

import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.office.OfficeIntegrationTest;
import be.partenamut.complaints.office.complaint.api.AnswerAsFirstLineCommand;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.command.ComplaintCommandSender;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event whose transaction commits after newer events were stored and published is still published,
 * once: the relay waits for the hole it left in the global index instead of skipping it.
 */
class LateCommitRelayIT extends OfficeIntegrationTest {

    /** Longer than Axon's default gap timeout (60 s), under which the relay would have given the hole up. */
    private static final Duration BEHIND = Duration.ofMinutes(2);

    @Autowired
    ComplaintCommandSender commands;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    JdbcClient jdbc;

    @Test
    void publishesAnEventCommittedAfterNewerEventsWerePublished() throws Exception {
        UUID late = acknowledgedComplaint();
        UUID other = acknowledgedComplaint();

        // A staff answer whose transaction stays open: its row holds a place in the global index, unseen.
        CountDownLatch stored = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> lateTransaction = CompletableFuture.runAsync(() ->
                new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                    answer(late, "late-commit");
                    stored.countDown();
                    awaitQuietly(commit);
                }));
        try {
            assertThat(stored.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the late answer stored, uncommitted").isTrue();

            // The relay is two minutes behind (as after a Kafka outage) when it reads a newer event: an answer to
            // another complaint, stored after the open transaction took its place and stamped two minutes ago.
            StreamingEventProcessor relay = processor(ComplaintEventPublisher.PROCESSING_GROUP);
            relay.shutDown();
            Clock eventClock = GenericEventMessage.clock;
            try {
                GenericEventMessage.clock = Clock.offset(eventClock, BEHIND.negated());
                answer(other, "on-time");
            } finally {
                GenericEventMessage.clock = eventClock;
                relay.start();
            }
            await().atMost(WAIT).until(() -> answers(other), answers -> answers == 1);
            assertThat(answers(late)).as("answers published while the transaction is still open").isZero();
        } finally {
            commit.countDown();
        }
        lateTransaction.get(WAIT.toSeconds(), TimeUnit.SECONDS);

        assertThat(globalIndexOfAnswer(late)).as("the late answer's place in the global index, below the other's")
                .isLessThan(globalIndexOfAnswer(other));
        await().atMost(WAIT).until(() -> answers(late), answers -> answers > 0);
        awaitCaughtUp(ComplaintEventPublisher.PROCESSING_GROUP);
        assertThat(answers(late)).as("copies of the late answer on %s", Topics.EVENTS).isEqualTo(1);
    }

    private UUID acknowledgedComplaint() throws Exception {
        ComplaintSubmitted submitted = submission();
        UUID id = submitted.metadata().complaintId();
        publish(submitted);
        awaitComplaint(id, complaint -> "ACKNOWLEDGED".equals(complaint.get("status").asText()));
        return id;
    }

    private void answer(UUID complaint, String correlationId) {
        commands.send(new AnswerAsFirstLineCommand(ComplaintId.of(complaint),
                personalData.sealerFor(complaint).seal(PersonalFields.ANSWER, "Votre remboursement est parti.")),
                "agent", correlationId, null);
    }

    /** The answers of one complaint on the events topic as it stands now, copies included. */
    private long answers(UUID complaint) {
        List<TopicClient.Record> records = topics.readToEnd(Topics.EVENTS);
        return records.stream()
                .filter(record -> complaint.toString().equals(record.key()))
                .filter(record -> record.value().contains("\"type\":\"ComplaintAnswered\""))
                .count();
    }

    private long globalIndexOfAnswer(UUID complaint) {
        return jdbc.sql("""
                        select global_index from domain_event_entry
                        where aggregate_identifier = :complaint and payload_type like '%ComplaintAnsweredEvent'""")
                .param("complaint", complaint.toString())
                .query(Long.class).single();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            if (!latch.await(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the late transaction commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
