package be.partenamut.complaints.intake.submission;

import be.partenamut.complaints.contracts.HeaderNames;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.intake.IntakeIntegrationTest;
import be.partenamut.complaints.intake.WebForms;
import be.partenamut.complaints.localstack.infra.DatabaseServer;
import be.partenamut.complaints.localstack.infra.MessageBroker;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.TopicClient;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Channel systems posting at once, each complaint with its own Idempotency-Key and posted again with it
 * on a 503, as a channel does, while a part intake stands on fails under them: its database dropping every
 * connection, its connection pool exhausted behind a held lock, the key vault's database dropping every
 * connection, Kafka away. Intake answers 202 or 503 (problem+json, Retry-After), never a 500, nor does its
 * web form (a page telling the member, in their language, to send it again); and once all is back, every
 * complaint answered 202 is stored once under its key and published under one message id, and nothing is
 * stored that was not answered 202.
 */
class OutageUnderLoadIT extends IntakeIntegrationTest {

    /** More channels posting at once than the connection pool holds (HikariCP's 10). */
    private static final int CHANNELS = 16;
    private static final Set<HttpStatus> ACCEPTED_OR_RETRY_LATER =
            Set.of(HttpStatus.ACCEPTED, HttpStatus.SERVICE_UNAVAILABLE);

    @Test
    void answersOnly202Or503WhileItsDatabaseDropsEveryConnectionUnderABurst() throws Exception {
        post(complaint());
        WebForms forms = new WebForms(http);
        WebForms.Page page = forms.open("?lang=fr");
        Map<String, String> fields = WebForms.memberFields();
        ResponseEntity<String> formDuringOutage;
        Burst burst = new Burst().start();
        try {
            burst.awaitAtLeast(HttpStatus.ACCEPTED, 5);
            try {
                refuseConnections("intake", true);
                burst.awaitAtLeast(HttpStatus.SERVICE_UNAVAILABLE, 2 * CHANNELS);
                formDuringOutage = forms.submit(page, "?lang=fr", fields, true);
            } finally {
                refuseConnections("intake", false);
            }
            burst.awaitMoreAccepted(CHANNELS);
        } finally {
            burst.stop();
        }

        assertOnlyAcceptedOrRetryLater(burst);
        assertThat(burst.count(HttpStatus.SERVICE_UNAVAILABLE)).as("503 answers during the outage").isPositive();
        assertEveryAcceptedComplaintStoredAndPublishedOnce(burst);

        // The web form's member, in the same outage: told in their language to send it again, which registers it once.
        assertThat(formDuringOutage.getStatusCode()).as(formDuringOutage.getBody())
                .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(formDuringOutage.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNotBlank();
        assertThat(formDuringOutage.getBody()).contains("pas pu être enregistrée").doesNotContain("Exception");
        ResponseEntity<String> formAgain = forms.submit(page, "?lang=fr", fields, true);
        assertThat(formAgain.getStatusCode()).as(formAgain.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(formAgain.getBody()).containsPattern("id=\"reference\">PL-\\d{4}-\\d{6}<");
        assertThat(jdbc.sql("select count(*) from submission where idempotency_key = :key")
                .param("key", "web-form:" + page.hidden().get("submissionKey")).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void answersOnly202Or503WhileItsConnectionPoolIsExhaustedBehindAHeldLock() throws Exception {
        post(complaint());
        Burst burst = new Burst().start();
        try {
            burst.awaitAtLeast(HttpStatus.ACCEPTED, 5);
            // Every registration takes the next reference under the counter's row lock: held from outside, the
            // registering requests wait with their pooled connections, and the others find the pool empty.
            try (Connection holder = DriverManager.getConnection(SharedInfrastructure.postgres().jdbcUrl("intake"),
                    SharedInfrastructure.postgres().user(), SharedInfrastructure.postgres().password())) {
                holder.setAutoCommit(false);
                try (Statement statement = holder.createStatement()) {
                    statement.execute("select year from reference_counter for update");
                }
                burst.awaitAtLeast(HttpStatus.SERVICE_UNAVAILABLE, 2 * CHANNELS);
                holder.rollback();
            }
            burst.awaitMoreAccepted(CHANNELS);
        } finally {
            burst.stop();
        }

        assertOnlyAcceptedOrRetryLater(burst);
        assertEveryAcceptedComplaintStoredAndPublishedOnce(burst);
    }

    @Test
    void answersOnly202Or503WhileTheKeyVaultDropsEveryConnectionUnderABurst() throws Exception {
        post(complaint());
        Burst burst = new Burst().start();
        try {
            burst.awaitAtLeast(HttpStatus.ACCEPTED, 5);
            try {
                refuseConnections("keyvault", true);
                burst.awaitAtLeast(HttpStatus.SERVICE_UNAVAILABLE, 2 * CHANNELS);
            } finally {
                refuseConnections("keyvault", false);
            }
            burst.awaitMoreAccepted(CHANNELS);
        } finally {
            burst.stop();
        }

        assertOnlyAcceptedOrRetryLater(burst);
        assertThat(burst.count(HttpStatus.SERVICE_UNAVAILABLE)).as("503 answers during the outage").isPositive();
        assertEveryAcceptedComplaintStoredAndPublishedOnce(burst);
    }

    @Test
    void keepsAcceptingUnderABurstWhileKafkaIsAwayThenPublishesEachComplaintOnce() throws Exception {
        post(complaint()); // the producer knows the topic, as it would in production
        MessageBroker kafka = SharedInfrastructure.kafka();
        Burst burst = new Burst().start();
        long acceptedWhileAway;
        try {
            burst.awaitAtLeast(HttpStatus.ACCEPTED, 5);
            try {
                kafka.stop();
                long before = burst.count(HttpStatus.ACCEPTED);
                burst.awaitAtLeast(HttpStatus.ACCEPTED, before + 2L * CHANNELS);
                acceptedWhileAway = burst.count(HttpStatus.ACCEPTED) - before;
            } finally {
                kafka.start();
            }
            burst.awaitMoreAccepted(CHANNELS);
        } finally {
            burst.stop();
        }

        assertOnlyAcceptedOrRetryLater(burst);
        assertThat(acceptedWhileAway).as("complaints accepted while Kafka was away").isGreaterThanOrEqualTo(2L * CHANNELS);
        assertEveryAcceptedComplaintStoredAndPublishedOnce(burst);
    }

    private void assertOnlyAcceptedOrRetryLater(Burst burst) {
        List<Answer> answers = List.copyOf(burst.answers);
        assertThat(answers).as("answers").isNotEmpty();
        assertThat(answers.stream().filter(answer -> !ACCEPTED_OR_RETRY_LATER.contains(answer.status())))
                .as("answers other than 202 and 503").isEmpty();
        for (Answer retryLater : answers.stream().filter(answer -> answer.status() == HttpStatus.SERVICE_UNAVAILABLE)
                .toList()) {
            assertThat(retryLater.contentType()).as(retryLater.body()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(retryLater.retryAfter()).as(retryLater.body()).isNotBlank();
            JsonNode problem = read(retryLater.body());
            assertThat(problem.get("type").asText()).isEqualTo(
                    "https://complaints.partenamut.be/problems/submission-not-registered");
            assertThat(retryLater.body()).doesNotContain("Exception", "jdbc", "SQL");
        }
    }

    /**
     * Each key answered 202 names one stored submission, the one of its receipt; no key answered otherwise
     * stored one; each of those complaints reached the topic under the one message id it was stored with
     * (the relay may publish a message again after a crash, with the same id, which consumers drop).
     */
    private void assertEveryAcceptedComplaintStoredAndPublishedOnce(Burst burst) {
        Map<String, String> accepted = Map.copyOf(burst.acceptedByKey);
        List<String> posted = List.copyOf(burst.postedKeys);
        assertThat(accepted.keySet()).as("every complaint posted was accepted in the end")
                .containsExactlyInAnyOrderElementsOf(posted);

        Map<String, List<String>> storedByKey = new HashMap<>();
        Map<String, String> messageIdOfComplaint = new HashMap<>();
        jdbc.sql("select idempotency_key, complaint_id::text, submission_id::text from submission"
                        + " where idempotency_key in (:keys)")
                .param("keys", posted)
                .query((row, i) -> {
                    storedByKey.computeIfAbsent(row.getString(1), key -> new ArrayList<>()).add(row.getString(2));
                    messageIdOfComplaint.put(row.getString(2), row.getString(3));
                    return null;
                })
                .list();
        assertThat(storedByKey).as("submissions stored, by key").hasSameSizeAs(accepted);
        accepted.forEach((key, complaintId) ->
                assertThat(storedByKey.get(key)).as("submissions stored under key %s", key).containsExactly(complaintId));

        await("the outbox published the burst").atMost(WAIT).until(() -> jdbc.sql(
                        "select count(*) from outbox_message where message_key in (:ids) and published_at is null")
                .param("ids", List.copyOf(accepted.values())).query(Long.class).single() == 0);
        Map<String, Set<String>> messageIdsOnTopic = topics.readToEnd(Topics.SUBMISSIONS).stream()
                .filter(record -> messageIdOfComplaint.containsKey(record.key()))
                .collect(Collectors.groupingBy(TopicClient.Record::key,
                        Collectors.mapping(record -> String.valueOf(record.headers().get(HeaderNames.MESSAGE_ID)),
                                Collectors.toSet())));
        messageIdOfComplaint.forEach((complaintId, messageId) -> assertThat(messageIdsOnTopic.get(complaintId))
                .as("message ids of complaint %s on %s", complaintId, Topics.SUBMISSIONS).containsExactly(messageId));
    }


    /**
     * A PostgreSQL database of the shared server refuses every new connection and drops those it had, as
     * if its server were gone; the server's other databases stay up. Done from its maintenance database.
     */
    private static void refuseConnections(String database, boolean refuse) throws SQLException {
        DatabaseServer postgres = SharedInfrastructure.postgres();
        try (Connection admin = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(),
                postgres.password());
             Statement statement = admin.createStatement()) {
            statement.execute("alter database " + database + " with allow_connections " + !refuse);
            if (refuse) {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                        + database + "'");
            }
        }
    }

    /** One answer intake gave, as the channel saw it. */
    private record Answer(HttpStatus status, MediaType contentType, String retryAfter, String body) {

        static Answer of(ResponseEntity<String> response) {
            return new Answer(HttpStatus.valueOf(response.getStatusCode().value()),
                    response.getHeaders().getContentType(), response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER),
                    response.getBody());
        }
    }

    /**
     * {@link #CHANNELS} channel systems posting new complaints one after the other until stopped, each
     * complaint again with its key after a 503 (as its Retry-After asks, sooner here: the test does not wait
     * ten seconds), until it gets any other answer.
     */
    private final class Burst {

        private final ExecutorService channels = Executors.newFixedThreadPool(CHANNELS);
        private final AtomicBoolean stopping = new AtomicBoolean();
        private final List<Future<?>> posting = new ArrayList<>();
        final ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        final Map<String, String> acceptedByKey = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> postedKeys = new ConcurrentLinkedQueue<>();

        Burst start() {
            for (int i = 0; i < CHANNELS; i++) {
                posting.add(channels.submit(this::postUntilStopped));
            }
            return this;
        }

        private void postUntilStopped() {
            while (!stopping.get()) {
                Map<String, Object> form = complaint();
                String key = UUID.randomUUID().toString();
                postedKeys.add(key);
                Answer last = await("complaint " + key + " answered other than 503").atMost(WAIT)
                        .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                        .until(() -> record(post(form, key, null)),
                                answer -> answer.status() != HttpStatus.SERVICE_UNAVAILABLE);
                if (last.status() == HttpStatus.ACCEPTED) {
                    acceptedByKey.put(key, read(last.body()).get("complaintId").asText());
                }
            }
        }

        private Answer record(ResponseEntity<String> response) {
            Answer answer = Answer.of(response);
            answers.add(answer);
            return answer;
        }

        long count(HttpStatus status) {
            return answers.stream().filter(answer -> answer.status() == status).count();
        }

        void awaitAtLeast(HttpStatus status, long answered) {
            await(answered + " answers " + status).atMost(WAIT).until(() -> count(status) >= answered);
        }

        /** Waits until {@code more} complaints were accepted from now on: intake works again. */
        void awaitMoreAccepted(int more) {
            long before = acceptedByKey.size();
            await(more + " more complaints accepted").atMost(WAIT).until(() -> acceptedByKey.size() >= before + more);
        }

        /** Starts no new complaint and waits for those under way to be answered other than 503. */
        void stop() throws InterruptedException, ExecutionException, TimeoutException {
            stopping.set(true);
            try {
                for (Future<?> channel : posting) {
                    channel.get(WAIT.toSeconds() * 2, TimeUnit.SECONDS);
                }
            } finally {
                channels.shutdownNow();
            }
        }
    }
}
