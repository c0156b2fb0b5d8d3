package be.partenamut.complaints.faults;

import be.partenamut.complaints.localstack.PlatformStack;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under a steady load of complaints, every part of the platform is killed -9 in turn and started
 * again, then PostgreSQL and the key vault are each held down: at the end every complaint answered
 * 202 is in the office exactly once, in a department's queue, and acknowledged to its member by one
 * mail; nothing went out twice and nothing was dead-lettered. The form ({@code -Dfaults.form=short}
 * in {@code ./mvnw verify}, long in {@code ./fault-injection.sh}) sets how hard; the counts and the
 * recovery times go to {@code target/fault-injection/}, and every component's log, whatever the outcome,
 * to {@code target/fault-injection/logs/}.
 */
class FaultInjectionIT {

    /** How long the platform may take, after the load stopped, to finish what it was given. */
    private static final Duration SETTLING_CEILING = Duration.ofMinutes(15);

    @TempDir
    static Path scratch;

    private static PlatformStack stack;

    @BeforeAll
    static void startThePlatform() {
        Path root = Path.of(System.getProperty("complaints.repository-root", "..")).toAbsolutePath().normalize();
        // The load comes from one address at a steady rate, as a channel system's gateway does: its address is
        // exempt from intake's limit per address (meant for the anonymous web, and taken before any token is
        // read); every request still carries the channel system's own token (SubmissionLoad.CLIENT).
        stack = PlatformStack.start(PlatformStack.Layout.crashable(root, scratch).withServiceProperties(
                "intake-service", Map.of("complaints.intake.rate-limit.exempt-clients",
                        "127.0.0.1,0:0:0:0:0:0:0:1")), System.out::println);
    }

    @AfterAll
    static void stopThePlatform() {
        if (stack != null) {
            stack.close();
        }
        keepTheLogs();
    }

    /**
     * Copies every log of the run (services, identity provider, PostgreSQL, the key vault, Kafka) out of the
     * scratch directory, which is deleted after the tests, to {@code <report directory>/logs}: a failure
     * seen only once can still be read afterwards. Done once the platform stopped, so the logs are complete.
     */
    private static void keepTheLogs() {
        Path logs = scratch.resolve("logs");
        if (!Files.isDirectory(logs)) {
            return;
        }
        Path kept = reportDirectory().resolve("logs");
        try (Stream<Path> files = Files.walk(logs)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = kept.resolve(logs.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            }
            log("Logs of the run kept in " + kept);
        } catch (IOException e) {
            log("Could not keep the logs of the run in " + kept + ": " + e);
        }
    }

    private static Path reportDirectory() {
        return Path.of(System.getProperty("faults.report-directory", "target/fault-injection"));
    }

    @Test
    void everyAcceptedComplaintIsHandledExactlyOnceWhateverIsKilled() throws Exception {
        FaultForm form = FaultForm.fromSystemProperty();
        Instant started = Instant.now();
        RunReport report;
        try (SubmissionLoad load = new SubmissionLoad(() -> stack.service("intake-service").baseUrl(),
                () -> stack.identityProvider().tokens().clientToken(SubmissionLoad.CLIENT))) {
            load.start(form.submissionsPerSecond());
            FaultCampaign campaign = new FaultCampaign(stack, load, FaultInjectionIT::log, started);
            List<Recovery> recoveries = campaign.run(FaultCampaign.schedule(form));
            Instant minimumEnd = started.plus(form.minimumDuration());
            Awaitility.await().atMost(form.minimumDuration().plusMinutes(1)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> !Instant.now().isBefore(minimumEnd));
            load.stop();
            log("Load stopped: " + load.accepted().size() + " complaints accepted; waiting for the platform to finish");

            Settled settled = new Settled(stack);
            AtomicReference<List<String>> underWay = new AtomicReference<>();
            Awaitility.await().atMost(SETTLING_CEILING).pollInterval(Duration.ofSeconds(2))
                    .alias("the platform finishes what it accepted (last seen under way: " + underWay + ")")
                    .until(() -> {
                        underWay.set(settled.stillUnderWay(load.accepted()));
                        return underWay.get().isEmpty();
                    });
            Tally.Counts counts = new Tally(stack).count(load);
            report = new RunReport(form, started, Duration.between(started, Instant.now()), counts, recoveries);
        }
        report.writeTo(reportDirectory());
        log(report.markdown());

        Tally.Counts counts = report.counts();
        assertThat(counts.accepted()).as("complaints accepted").isPositive();
        assertThat(counts.refused()).as("complaints intake refused outright").isZero();
        assertThat(counts.abandoned()).as("complaints never accepted").isZero();
        assertThat(counts.inOffice()).as("accepted complaints in the office").isEqualTo(counts.accepted());
        assertThat(counts.inOfficeNotAccepted()).as("complaints in the office nobody was told of").isZero();
        assertThat(counts.departmentsAssigned()).as("accepted complaints with a department").isEqualTo(counts.accepted());
        assertThat(counts.acknowledged()).as("accepted complaints acknowledged").isEqualTo(counts.accepted());
        assertThat(counts.duplicateMails()).as("mails received twice").isZero();
        assertThat(counts.duplicateEventIds()).as("event ids twice on complaints.events.v1").isZero();
        assertThat(counts.projectionsCountingTwice()).as("complaints counted twice").isZero();
        assertThat(counts.deadLetters()).as("dead letters").allSatisfy((topic, count) -> assertThat(count).isZero());
        assertThat(report.recoveries()).as("every fault recovered from")
                .hasSize(FaultCampaign.schedule(form).size());
        assertThat(counts.answersByStatus()).as("HTTP answers: no 500 whatever fails").doesNotContainKey(500);
    }

    private static void log(String message) {
        System.out.println("[fault-injection] " + message);
    }
}
