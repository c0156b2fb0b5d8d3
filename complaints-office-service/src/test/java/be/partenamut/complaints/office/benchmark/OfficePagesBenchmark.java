package be.partenamut.complaints.office.benchmark;

import be.partenamut.complaints.office.OfficeIntegrationTest;
import be.partenamut.complaints.office.complaint.messaging.ComplaintEventPublisher;
import be.partenamut.complaints.office.complaint.query.ComplaintQueueProjection;
import be.partenamut.complaints.office.complaint.query.QueueCursor;
import be.partenamut.complaints.office.complaint.query.QueueFilter;
import be.partenamut.complaints.office.complaint.query.QueueQueries;
import be.partenamut.complaints.office.complaint.query.WorkQueue;
import be.partenamut.complaints.workingdays.ServiceLevels;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The office's pages with 100,000 complaints: a benchmark, not a test of a time limit. Not run by {@code verify}
 * (its name is no *IT); run it with {@code bench/office-pages.sh}. It loads the complaints as stored events
 * ({@link ComplaintLoad}), waits for the queues' read model to catch up, signs in through the identity provider as
 * a person would (authorization code), then renders each page server-side {@value #REQUESTS} times after
 * {@value #WARM_UP} warm-up requests, one at a time, and writes p50/p95/p99 to
 * {@code target/benchmark/office-pages.md} and {@code .json}. Every response must be the page asked for (200, its
 * table or heading): a figure of error pages would mean nothing.
 * <p>
 * System properties: {@code benchmark.complaints} (100000), {@code benchmark.requests} (500).
 */
class OfficePagesBenchmark extends OfficeIntegrationTest {

    static final int REQUESTS = 500;
    static final int WARM_UP = 50;
    private static final Path RESULTS = Path.of("target", "benchmark");

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private QueueQueries queues;
    @Autowired
    private ServiceLevels serviceLevels;
    @LocalServerPort
    private int port;

    @Test
    void rendersTheQueueAndComplaintPagesWith100000Complaints() throws Exception {
        int complaints = Integer.getInteger("benchmark.complaints", 100_000);
        int requests = Integer.getInteger("benchmark.requests", REQUESTS);
        // The relay to Kafka is not what is measured here: it would publish every loaded event.
        StreamingEventProcessor relay = processor(ComplaintEventPublisher.PROCESSING_GROUP);
        relay.shutDown();

        // A throw-away database: while loading, commits do not wait for the disk (set back before measuring).
        jdbc.sql("alter system set synchronous_commit = off").update();
        jdbc.sql("select pg_reload_conf()").query(Boolean.class).single();
        long loadStart = System.nanoTime();
        ComplaintLoad.Loaded loaded = new ComplaintLoad(eventStore, personalData, serviceLevels, clock.instant())
                .load(complaints, 3);
        long stored = System.nanoTime();
        System.out.printf("Stored %,d complaints (%,d events) in %.1f s%n", complaints, loaded.events(),
                seconds(stored - loadStart));
        awaitQueueCaughtUp(complaints);
        long caughtUp = System.nanoTime();
        jdbc.sql("alter system reset synchronous_commit").update();
        jdbc.sql("select pg_reload_conf()").query(Boolean.class).single();
        jdbc.sql("analyze complaint_queue").update();
        long rows = jdbc.sql("select count(*) from complaint_queue").query(Long.class).single();
        System.out.printf("Loaded %,d complaints (%,d events) in %.1f s; queues caught up after %.1f s%n",
                complaints, loaded.events(), seconds(stored - loadStart), seconds(caughtUp - loadStart));

        HttpClient officer = signedIn("officer");
        HttpClient agent = signedIn("agent");
        String department = "HOME_CARE";
        QueueCursor deep = deepCursor(department);
        String lastName = loaded.someLastName();
        String reference = loaded.someReference();
        List<UUID> ids = jdbc.sql("select complaint_id from complaint_queue order by random() limit :n")
                .param("n", requests + WARM_UP).query(UUID.class).list();

        Map<String, Scenario> scenarios = new LinkedHashMap<>();
        scenarios.put("Queue, first page (complaints service, officer)", new Scenario(officer, i -> "/queues", "id=\"queue\""));
        scenarios.put("Queue, first page (department, agent)", new Scenario(agent, i -> "/queues", "id=\"queue\""));
        scenarios.put("Queue, filtered (status + channel + SLA)", new Scenario(officer,
                i -> "/queues/" + department + "?status=ACKNOWLEDGED&channel=PHONE&sla=PENDING", "id=\"queue\""));
        scenarios.put("Queue, deep keyset page (~80 % down)", new Scenario(officer,
                i -> "/queues/" + department + "?cursor=" + deep.encode(), "id=\"queue\""));
        scenarios.put("Queue, search by last name", new Scenario(officer,
                i -> "/queues/" + department + "?q=" + URLEncoder.encode(lastName, StandardCharsets.UTF_8), "id=\"queue\""));
        scenarios.put("Queue, search by reference prefix", new Scenario(officer,
                i -> "/queues/COMPLAINTS_SERVICE?q=" + reference.substring(0, reference.length() - 1), "queue-heading"));
        scenarios.put("Complaint page /complaints/{id} (a different complaint each time)", new Scenario(officer,
                i -> "/complaints/" + ids.get(i % ids.size()), "<h1"));

        Map<String, Percentiles> results = new LinkedHashMap<>();
        for (Map.Entry<String, Scenario> scenario : scenarios.entrySet()) {
            results.put(scenario.getKey(), measure(scenario.getValue(), requests));
            System.out.printf("%-70s %s%n", scenario.getKey(), results.get(scenario.getKey()));
        }
        String plans = String.join("\n\n", List.of(
                "First page of " + department + ":\n" + queues.plan(WorkQueue.ofDepartment(department), QueueFilter.NONE, null, 50),
                "Deep page of " + department + ":\n" + queues.plan(WorkQueue.ofDepartment(department), QueueFilter.NONE, deep, 50),
                "Search by last name:\n" + queues.plan(WorkQueue.ofDepartment(department),
                        new QueueFilter(null, null, null, null, lastName), null, 50)));
        write(complaints, loaded.events(), rows, seconds(stored - loadStart), seconds(caughtUp - loadStart), requests,
                results, plans);
        relay.start();
    }

    private void awaitQueueCaughtUp(int complaints) {
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(jdbc.sql("select count(*) from complaint_queue").query(Long.class).single())
                        .isGreaterThanOrEqualTo(complaints));
        long head = jdbc.sql("select coalesce(max(global_index), -1) from domain_event_entry").query(Long.class).single();
        StreamingEventProcessor processor = processor(ComplaintQueueProjection.PROCESSING_GROUP);
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofSeconds(1))
                .untilAsserted(() -> assertThat(processor.processingStatus().values()).isNotEmpty()
                        .allSatisfy(segment -> assertThat(segment.getCurrentPosition().orElse(-1))
                                .isGreaterThanOrEqualTo(head)));
    }

    /** The line about 80 % down the department's open queue: a page there is read from the cursor on. */
    private QueueCursor deepCursor(String department) {
        long open = jdbc.sql("select count(*) from complaint_queue where queue = :queue and not closed")
                .param("queue", department).query(Long.class).single();
        return jdbc.sql("""
                        select due_date, complaint_id from complaint_queue where queue = :queue and not closed
                        order by due_date, complaint_id offset :offset limit 1""")
                .param("queue", department).param("offset", open * 8 / 10)
                .query((row, i) -> new QueueCursor(row.getDate("due_date").toLocalDate(),
                        row.getObject("complaint_id", UUID.class)))
                .single();
    }

    private Percentiles measure(Scenario scenario, int requests) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            get(scenario, i);
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            get(scenario, WARM_UP + i);
            nanos[i] = System.nanoTime() - start;
        }
        return Percentiles.of(nanos);
    }

    private void get(Scenario scenario, int i) throws IOException, InterruptedException {
        String path = scenario.path().apply(i);
        HttpResponse<String> response = scenario.client().send(HttpRequest.newBuilder(URI.create(office() + path))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s: %s", path, abbreviated(response.body())).isEqualTo(200);
        assertThat(response.body()).as(path).contains(scenario.expected()).contains("signed-in-name");
    }

    /**
     * A member of staff signed in as in a browser: the office sends the client to the provider's sign-in form,
     * which is filled in and sent (with its CSRF field); the provider sends it back with a code, which the office
     * exchanges; the office's session cookie is then in the client's cookie store.
     */
    private HttpClient signedIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> signInPage = client.send(HttpRequest.newBuilder(URI.create(office() + "/queues")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(signInPage.body());
        assertThat(csrf.find()).as("the provider's sign-in form at %s: %s", signInPage.uri(), abbreviated(signInPage.body()))
                .isTrue();
        String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> back = client.send(HttpRequest.newBuilder(signInPage.uri())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(back.body()).as("back in the office as %s (%s)", username, back.uri()).contains("signed-in-name");
        return client;
    }

    private String office() {
        return "http://127.0.0.1:" + port;
    }

    private void write(int complaints, long events, long rows, double loadSeconds, double caughtUpSeconds, int requests,
                       Map<String, Percentiles> results, String plans) throws IOException {
        Files.createDirectories(RESULTS);
        StringBuilder md = new StringBuilder("# Office pages with ").append(String.format("%,d", complaints))
                .append(" complaints\n\n")
                .append(String.format("Loaded %,d complaints (%,d events, %,d queue rows) in %.1f s; the queues' read "
                        + "model caught up after %.1f s.%n%n", complaints, events, rows, loadSeconds, caughtUpSeconds))
                .append(String.format("Each page requested %d times after %d warm-up requests, one at a time, signed in, "
                        + "server-side rendering measured from the client (loopback HTTP). Goal: p95 < 200 ms.%n%n", requests, WARM_UP))
                .append("| page | p50 ms | p95 ms | p99 ms | max ms | p95 < 200 ms |\n|---|---:|---:|---:|---:|:---:|\n");
        StringBuilder json = new StringBuilder("{\n  \"complaints\": ").append(complaints).append(",\n  \"events\": ")
                .append(events).append(",\n  \"loadSeconds\": ").append(String.format("%.1f", loadSeconds))
                .append(",\n  \"caughtUpSeconds\": ").append(String.format("%.1f", caughtUpSeconds))
                .append(",\n  \"requests\": ").append(requests).append(",\n  \"pages\": [\n");
        int i = 0;
        for (Map.Entry<String, Percentiles> result : results.entrySet()) {
            Percentiles p = result.getValue();
            md.append(String.format("| %s | %.1f | %.1f | %.1f | %.1f | %s |%n", result.getKey(), p.p50(), p.p95(), p.p99(),
                    p.max(), p.p95() < 200 ? "yes" : "NO"));
            json.append(String.format("    {\"page\": \"%s\", \"p50\": %.1f, \"p95\": %.1f, \"p99\": %.1f, \"max\": %.1f}%s%n",
                    result.getKey().replace("\"", "'"), p.p50(), p.p95(), p.p99(), p.max(), ++i < results.size() ? "," : ""));
        }
        json.append("  ]\n}\n");
        md.append("\n## How PostgreSQL reads the queue pages\n\n```\n").append(plans).append("\n```\n");
        Files.writeString(RESULTS.resolve("office-pages.md"), md);
        Files.writeString(RESULTS.resolve("office-pages.json"), json);
        System.out.println(md);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String abbreviated(String text) {
        return text == null || text.length() < 400 ? text : text.substring(0, 400) + "…";
    }

    private record Scenario(HttpClient client, IntFunction<String> path, String expected) {
    }

    /** Response times in milliseconds. */
    record Percentiles(double p50, double p95, double p99, double max) {

        static Percentiles of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Percentiles(at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        }

        private static double at(long[] sorted, double quantile) {
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }

        @Override
        public String toString() {
            return String.format("p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  max %6.1f ms", p50, p95, p99, max);
        }
    }
}
