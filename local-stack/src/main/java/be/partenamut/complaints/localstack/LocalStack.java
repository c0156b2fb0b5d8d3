package be.partenamut.complaints.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./run.sh}: the whole platform on this machine with nothing installed but a JDK. Data stays
 * under {@code .local-data/}, so a restart keeps every complaint; Ctrl-C stops everything cleanly.
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        // The launcher's own logging configuration; services and tests keep theirs.
        System.setProperty("logback.configurationFile", "local-stack-logback.xml");
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        PlatformStack.Layout layout = PlatformStack.Layout.local(root);
        Instant begin = Instant.now();

        PlatformStack stack;
        try {
            stack = PlatformStack.start(layout, message -> System.out.println("[local-stack] " + message));
        } catch (RuntimeException e) {
            System.err.println("[local-stack] The platform did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[local-stack] Stopping the services, Kafka, PostgreSQL, the SMTP server and the identity provider...");
            stack.close();
            System.out.println("[local-stack] Stopped. Data kept in " + layout.dataDirectory());
            stopped.countDown();
        }, "local-stack-shutdown"));

        System.out.println(banner(stack, layout, Duration.between(begin, Instant.now())));
        stopped.await();
    }

    private static String banner(PlatformStack stack, PlatformStack.Layout layout, Duration startup) {
        StringBuilder text = new StringBuilder()
                .append(System.lineSeparator())
                .append("The complaints platform is ready (").append(startup.toSeconds()).append(" s).")
                .append(System.lineSeparator());
        text.append(String.format("  %-27s %s   (issuer; discovery: %s/.well-known/openid-configuration)%n",
                "identity-provider", stack.identityProvider().issuer(), stack.identityProvider().issuer()));
        for (ServiceProcess service : stack.services()) {
            text.append(String.format("  %-27s %s   (health: %s/actuator/health)%n", service.spec().name(),
                    service.baseUrl(), service.baseUrl()));
        }
        text.append(String.format("  %-27s localhost:%d (user postgres, databases %s)%n", "PostgreSQL",
                        stack.postgres().port(), String.join(", ", be.partenamut.complaints.localstack.infra.PostgresServer.SERVICE_DATABASES)))
                .append(String.format("  %-27s %s%n", "Kafka", stack.kafka().bootstrapServers()))
                .append(String.format("  %-27s localhost:%d (mails saved in %s)%n", "SMTP", stack.smtp().port(),
                        layout.mailArchive()))
                .append("  Staff: admin, officer, analyst, agent, agent-<department> (password demo); channel systems: "
                        + "agency-desk, service-center, mail-room, email-gateway (secret demo-secret)")
                .append(System.lineSeparator())
                .append("  A token: TOKEN=$(java identity-provider/DemoToken.java officer)   or   "
                        + "TOKEN=$(java identity-provider/DemoToken.java --client mail-room)")
                .append(System.lineSeparator())
                .append("  Service logs: ").append(layout.serviceLogs()).append(System.lineSeparator())
                .append("Press Ctrl-C to stop.");
        return text.toString();
    }
}
