package be.partenamut.complaints.faults;

import be.partenamut.complaints.localstack.CrashableComponent;
import be.partenamut.complaints.localstack.PlatformStack;
import be.partenamut.complaints.localstack.ServiceSpec;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Strikes the platform's components one after the other while the load runs, and measures how long
 * each takes to come back. One fault at a time: the next strikes only once a complaint posted after
 * the previous restart has been acknowledged, so every fault hits a platform that was working.
 */
final class FaultCampaign {

    /** The longest the platform may take to acknowledge a complaint again after a fault. */
    private static final Duration RECOVERY_CEILING = Duration.ofMinutes(10);
    static final String POSTGRESQL = "postgresql";
    static final String KEY_VAULT = "key-vault";
    static final String KAFKA = "kafka";

    private final PlatformStack stack;
    private final SubmissionLoad load;
    private final Consumer<String> progress;
    private final Instant loadStarted;

    FaultCampaign(PlatformStack stack, SubmissionLoad load, Consumer<String> progress, Instant loadStarted) {
        this.stack = stack;
        this.load = load;
        this.progress = progress;
        this.loadStarted = loadStarted;
    }

    /** Every component killed {@code killRounds} times, then PostgreSQL and the key vault each held down. */
    static List<Fault> schedule(FaultForm form) {
        List<Fault> faults = new ArrayList<>();
        for (int round = 0; round < form.killRounds(); round++) {
            ServiceSpec.ALL.forEach(service -> faults.add(new Fault.Kill(service.name())));
            faults.add(new Fault.Kill(KAFKA));
            faults.add(new Fault.Kill(POSTGRESQL));
        }
        faults.add(new Fault.Outage(POSTGRESQL, form.outage()));
        faults.add(new Fault.Outage(KEY_VAULT, form.outage()));
        return faults;
    }

    List<Recovery> run(List<Fault> faults) {
        List<Recovery> recoveries = new ArrayList<>();
        for (Fault fault : faults) {
            recoveries.add(strike(fault));
        }
        return recoveries;
    }

    private Recovery strike(Fault fault) {
        CrashableComponent component = stack.component(fault.component());
        Instant struck = Instant.now();
        progress.accept(fault.describe());
        if (fault instanceof Fault.Outage outage) {
            component.stop();
            // The outage is the fault: the component stays away this long, whatever the platform does.
            Instant back = struck.plus(outage.duration());
            Awaitility.await().atMost(outage.duration().plusMinutes(1)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> !Instant.now().isBefore(back));
        } else {
            component.kill();
        }
        component.start();
        Duration away = Duration.between(struck, Instant.now());
        Accepted probe = load.postNow();
        Awaitility.await().atMost(RECOVERY_CEILING).pollInterval(Duration.ofMillis(500))
                .until(() -> acknowledged(probe));
        Duration endToEnd = Duration.between(struck, Instant.now());
        progress.accept(fault.describe() + ": back in " + away.toSeconds() + " s, complaints acknowledged again after "
                + endToEnd.toSeconds() + " s");
        return new Recovery(fault.describe(), fault.component(), Duration.between(loadStarted, struck), away, endToEnd);
    }

    private boolean acknowledged(Accepted complaint) {
        return stack.smtp().messagesTo(complaint.email()).stream().anyMatch(FaultCampaign::isAcknowledgement);
    }

    static boolean isAcknowledgement(MimeMessage mail) {
        try {
            return mail.getSubject() != null && mail.getSubject().startsWith("Accusé de réception");
        } catch (MessagingException e) {
            return false;
        }
    }
}
