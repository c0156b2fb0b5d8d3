package be.partenamut.complaints.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A channel system (the email gateway, with its access token, for its channel EMAIL: members with an address,
 * so each gets the acknowledgement by mail) posting complaints at a steady rate, as a well-behaved client does: each complaint
 * has its own Idempotency-Key, and whatever goes wrong on the way (no answer, a timeout, 503 with
 * Retry-After, 429) it is posted again with the same key until intake answers 202. So a complaint the
 * platform stored before it could answer is not posted twice, and every complaint the load meant to
 * post ends with a 202 unless intake refuses it outright (counted: the target is none).
 * <p>
 * The load is open: a new complaint starts every period whatever became of the earlier ones. A
 * complaint's next attempt is scheduled after its back-off, and no thread waits through it, so
 * complaints waiting to be tried again never hold back the new ones. Each complaint ends exactly one
 * way (answered 202, refused, or given up), and {@link #stop} waits until every complaint under way
 * has ended, or counts as given up those still under way at its ceiling.
 */
final class SubmissionLoad implements AutoCloseable {

    /** How long one complaint is tried before the load gives it up (counted as abandoned). */
    private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(15);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration RETRY_CEILING = Duration.ofSeconds(5);
    /** The back-off after an attempt that got no HTTP answer at all. */
    private static final Duration UNANSWERED_BACK_OFF = Duration.ofSeconds(1);
    /** At most this many requests of the load are on the wire at once. */
    private static final int POSTERS = 32;
    /** French-speaking demo members of the local stack's member registry. */
    private static final List<String> MEMBERS = List.of("100000001", "100000004", "100000006", "100000010");

    /** The demo channel system the load posts as. */
    static final String CLIENT = "email-gateway";

    private final Supplier<String> intakeBaseUrl;
    private final Supplier<String> accessToken;
    private final String runId = UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    /** Starts a new complaint every period: the offered rate, whatever the platform does. */
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    /** Runs the attempts, a retry once its back-off has passed. */
    private final ScheduledExecutorService posters = Executors.newScheduledThreadPool(POSTERS);
    /** Runs the probes' attempts apart, so that a probe does not queue behind the load's backlog. */
    private final ScheduledExecutorService probes = Executors.newSingleThreadScheduledExecutor();
    private final AtomicInteger sequence = new AtomicInteger();
    private final Set<Submission> underWay = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Accepted> accepted = new ConcurrentHashMap<>();
    private final AtomicLong answers202 = new AtomicLong();
    private final AtomicLong retriedAnswers = new AtomicLong();
    private final AtomicLong unanswered = new AtomicLong();
    private final Map<Integer, AtomicLong> answersByStatus = new ConcurrentHashMap<>();
    private final List<String> refusals = java.util.Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger abandoned = new AtomicInteger();

    /**
     * @param accessToken the channel system's current access token (the stack's {@code TokenClient} keeps one
     *                    and renews it before it expires, so asking for it per request costs nothing)
     */
    SubmissionLoad(Supplier<String> intakeBaseUrl, Supplier<String> accessToken) {
        this.intakeBaseUrl = intakeBaseUrl;
        this.accessToken = accessToken;
    }

    /** Offers {@code perSecond} new complaints a second, each posted until accepted, until {@link #stop}. */
    void start(double perSecond) {
        long periodMicros = Math.round(1_000_000 / perSecond);
        ticker.scheduleAtFixedRate(() -> begin(sequence.incrementAndGet(), posters),
                0, periodMicros, TimeUnit.MICROSECONDS);
    }

    /** Posts one complaint now and returns once it is accepted: a probe of whether intake works again. */
    Accepted postNow() {
        Submission probe = begin(sequence.incrementAndGet(), probes);
        Optional<Accepted> outcome;
        try {
            outcome = probe.outcome.get(GIVE_UP_AFTER.plusMinutes(1).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            probe.giveUp();
            throw new AssertionError("interrupted while posting a probe complaint", e);
        } catch (ExecutionException | TimeoutException e) {
            probe.giveUp();
            throw new AssertionError("a probe complaint did not end: " + e, e);
        }
        return outcome.orElseThrow(() -> new AssertionError("intake did not accept a probe complaint: " + refusals));
    }

    /**
     * Offers no new complaint, and waits for those under way to be accepted, refused or given up; those
     * still under way after {@link #GIVE_UP_AFTER} (and a minute) are counted as given up.
     */
    void stop() throws InterruptedException {
        ticker.shutdownNow();
        ticker.awaitTermination(10, TimeUnit.SECONDS);
        // The ticker has ended: no complaint starts any more, so the set below holds every one still under way.
        CompletableFuture<?>[] ending = underWay.stream().map(submission -> submission.outcome)
                .toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(ending).get(GIVE_UP_AFTER.plusMinutes(1).toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // Counted below: each complaint still under way is given up.
        }
        List.copyOf(underWay).forEach(Submission::giveUp);
        posters.shutdownNow();
        probes.shutdownNow();
    }

    List<Accepted> accepted() {
        return List.copyOf(accepted.values());
    }

    /** Every 202 intake answered, an answer repeated for a complaint posted again included. */
    long answers202() {
        return answers202.get();
    }

    /** 202 answers to a complaint posted again after an earlier attempt got no answer or a 5xx. */
    long retriedAnswers() {
        return retriedAnswers.get();
    }

    /** Attempts that got no HTTP answer at all (intake killed, restarting, a timeout). */
    long unanswered() {
        return unanswered.get();
    }

    Map<Integer, Long> answersByStatus() {
        Map<Integer, Long> counts = new java.util.TreeMap<>();
        answersByStatus.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    List<String> refusals() {
        return List.copyOf(refusals);
    }

    int abandoned() {
        return abandoned.get();
    }

    /** Starts complaint {@code number}: its first attempt now, on {@code attempts}. */
    private Submission begin(int number, ScheduledExecutorService attempts) {
        Submission submission = new Submission(number, attempts);
        underWay.add(submission);
        submission.tryAfter(Duration.ZERO);
        return submission;
    }

    /**
     * One complaint, posted until it ends. Its attempts run one after the other (the next is scheduled
     * only once the previous one got its answer or none), so the flag and counts below need no lock;
     * its end is decided once, by {@link #outcome}, whichever thread gets there first.
     */
    private final class Submission {

        private final String key;
        private final String email;
        private final String body;
        private final Instant giveUpAt = Instant.now().plus(GIVE_UP_AFTER);
        private final ScheduledExecutorService attempts;
        private final CompletableFuture<Optional<Accepted>> outcome = new CompletableFuture<>();
        /** Whether an earlier attempt got no answer, a 429 or a 5xx. */
        private volatile boolean retrying;

        Submission(int number, ScheduledExecutorService attempts) {
            this.key = "faults-" + runId + "-" + number;
            this.email = key + "@example.be";
            this.body = complaint(number, email);
            this.attempts = attempts;
        }

        /** Schedules the next attempt; when the load is shut down already, the complaint is given up. */
        void tryAfter(Duration backOff) {
            try {
                attempts.schedule(this::attempt, backOff.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shutDown) {
                giveUp();
            }
        }

        private void attempt() {
            if (outcome.isDone()) {
                return;
            }
            if (!Instant.now().isBefore(giveUpAt) || Thread.currentThread().isInterrupted()) {
                giveUp();
                return;
            }
            try {
                Optional<HttpResponse<String>> answer = post(key, body);
                if (answer.isEmpty()) {
                    unanswered.incrementAndGet();
                    retrying = true;
                    tryAfter(UNANSWERED_BACK_OFF);
                    return;
                }
                HttpResponse<String> response = answer.get();
                answersByStatus.computeIfAbsent(response.statusCode(), status -> new AtomicLong()).incrementAndGet();
                if (response.statusCode() == 202) {
                    answers202.incrementAndGet();
                    if (retrying) {
                        retriedAnswers.incrementAndGet();
                    }
                    accept(receipt(response.body(), email));
                    return;
                }
                if (response.statusCode() == 429 || response.statusCode() >= 500) {
                    // The platform says "not now" (or fails): a channel system tries the same complaint again.
                    retrying = true;
                    tryAfter(retryAfter(response));
                    return;
                }
                refuse(response.statusCode() + " " + response.body());
            } catch (RuntimeException unexpected) {
                // A 202 without a readable receipt, or a fault of the load itself: counted, never lost.
                refuse("no outcome: " + unexpected);
            }
        }

        private void accept(Accepted receipt) {
            if (end(Optional.of(receipt))) {
                accepted.putIfAbsent(receipt.complaintId(), receipt);
            }
        }

        private void refuse(String why) {
            if (end(Optional.empty())) {
                refusals.add(why);
            }
        }

        /** Given up: too long without a 202, or still under way when the load stopped. */
        void giveUp() {
            if (end(Optional.empty())) {
                abandoned.incrementAndGet();
            }
        }

        /** Whether this call ended the complaint (it ends once: a later outcome is not counted again). */
        private boolean end(Optional<Accepted> result) {
            if (!outcome.complete(result)) {
                return false;
            }
            underWay.remove(this);
            return true;
        }
    }

    private Optional<HttpResponse<String>> post(String key, String body) {
        String token;
        try {
            token = accessToken.get();
        } catch (RuntimeException providerAway) {
            // No token now (the identity provider does not answer): as a channel system, try again shortly.
            return Optional.empty();
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(intakeBaseUrl.get() + "/api/v1/complaints"))
                .timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .header("X-Correlation-Id", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        try {
            return Optional.of(http.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private Accepted receipt(String body, String email) {
        try {
            JsonNode receipt = json.readTree(body);
            return new Accepted(UUID.fromString(receipt.get("complaintId").asText()),
                    receipt.get("reference").asText(), email, Instant.now());
        } catch (IOException e) {
            throw new IllegalStateException("a 202 without a readable receipt: " + body, e);
        }
    }

    /**
     * A complaint of its own: a description of words no other complaint of the run shares, so that
     * intake's duplicate detection sees nothing alike, and an address only this complaint uses.
     */
    private static String complaint(int number, String email) {
        StringBuilder words = new StringBuilder();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 12; i++) {
            words.append(' ').append(Long.toString(random.nextLong(Long.MAX_VALUE), 36), 0, 7);
        }
        return """
                {"channel": "EMAIL", "memberNumber": "%s", "firstName": "Essai", "lastName": "Panne%d",
                 "email": "%s", "language": "fr", "category": "REIMBURSEMENT",
                 "subject": "Remboursement en attente", "description": "Remboursement attendu:%s."}
                """.formatted(MEMBERS.get(number % MEMBERS.size()), number, email, words);
    }

    private static Duration retryAfter(HttpResponse<String> response) {
        Optional<Duration> asked = response.headers().firstValue("Retry-After")
                .filter(value -> value.matches("\\d{1,4}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value)));
        Duration wait = asked.orElse(Duration.ofSeconds(1));
        return wait.compareTo(RETRY_CEILING) > 0 ? RETRY_CEILING : wait;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        posters.shutdownNow();
        probes.shutdownNow();
    }
}
