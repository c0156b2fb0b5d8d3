package be.partenamut.complaints.localstack;

import be.partenamut.complaints.localstack.infra.KafkaBroker;
import be.partenamut.complaints.localstack.infra.PostgresServer;
import be.partenamut.complaints.localstack.infra.SmtpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole platform: one PostgreSQL, one Kafka broker, one SMTP server, and the five services in
 * their own JVMs. {@code ./run.sh} runs it on the documented ports with its data kept under
 * {@code .local-data/} and every mail written to {@code .local-mail/}; the system tests run it on
 * ports the servers bind themselves, with throw-away data.
 */
public final class PlatformStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final PostgresServer postgres;
    private final KafkaBroker kafka;
    private final SmtpServer smtp;
    private final MailArchive mailArchive;
    private final List<ServiceProcess> services;

    private PlatformStack(PostgresServer postgres, KafkaBroker kafka, SmtpServer smtp, MailArchive mailArchive,
                          List<ServiceProcess> services) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.smtp = smtp;
        this.mailArchive = mailArchive;
        this.services = services;
    }

    /**
     * Where things are, and on which ports; 0 means any free port, which the server binds itself.
     * {@code servicePortsFromTable}: the services on the documented ports, otherwise on any free port.
     * {@code mailArchive}: where every received mail is written as an .eml file (null: nowhere).
     */
    public record Layout(Path repositoryRoot, Path dataDirectory, int postgresPort, int kafkaPort,
                         int smtpPort, boolean servicePortsFromTable, Path mailArchive, List<String> jvmOptions) {

        /** The local stack: documented ports, data kept across restarts, mails in {@code .local-mail/}. */
        public static Layout local(Path repositoryRoot) {
            // The members' mailboxes, outside .local-data: mails are what members receive, not the platform's data.
            return new Layout(repositoryRoot, repositoryRoot.resolve(".local-data"), 5433, 9092, 3025, true,
                    repositoryRoot.resolve(".local-mail"), List.of("-Xmx384m", "-XX:+UseSerialGC"));
        }

        /** For tests: free ports, everything under a scratch directory, mails kept by the SMTP server only. */
        public static Layout isolated(Path repositoryRoot, Path scratch) {
            return new Layout(repositoryRoot, scratch, 0, 0, 0, false, null,
                    List.of("-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        }

        public Path postgresData() {
            return dataDirectory.resolve("postgres");
        }

        public Path kafkaLogs() {
            return dataDirectory.resolve("kafka");
        }

        public Path serviceLogs() {
            return dataDirectory.resolve("logs");
        }
    }

    /** Starts everything and waits until every service reports UP. */
    public static PlatformStack start(Layout layout, Consumer<String> progress) {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            progress.accept("Starting PostgreSQL");
            PostgresServer postgres = PostgresServer.start(layout.postgresData(), layout.postgresPort());
            started.add(postgres);
            progress.accept("Starting Kafka");
            KafkaBroker kafka = KafkaBroker.start(layout.kafkaLogs(), layout.kafkaPort());
            started.add(kafka);
            // Opened before the SMTP server listens, so that it sees every mail from the first one.
            MailArchive mailArchive = layout.mailArchive() != null ? MailArchive.in(layout.mailArchive()) : null;
            if (mailArchive != null) {
                started.add(mailArchive);
            }
            progress.accept("Starting the SMTP server");
            SmtpServer smtp = mailArchive != null
                    ? SmtpServer.start(layout.smtpPort(), mailArchive::save)
                    : SmtpServer.start(layout.smtpPort());
            started.add(smtp);

            String masterKey = MasterKeyFile.readOrCreate(layout.dataDirectory().resolve("master.key"));
            List<ServiceProcess> services = new ArrayList<>();
            for (ServiceSpec spec : ServiceSpec.ALL) {
                // No service needs another's port to start (they talk through Kafka only), so each can
                // bind any free port itself and report it once it listens.
                int port = layout.servicePortsFromTable() ? spec.port() : 0;
                progress.accept("Starting " + spec.name() + (port != 0 ? " on port " + port : ""));
                ServiceProcess service = ServiceProcess.start(spec, runnableJar(layout.repositoryRoot(), spec), port,
                        springProperties(spec, postgres, kafka, smtp),
                        spec.sealsPersonalData() ? Map.of(MasterKeyFile.ENVIRONMENT_VARIABLE, masterKey) : Map.of(),
                        layout.serviceLogs().resolve(spec.name() + ".log"), layout.jvmOptions());
                services.add(service);
                started.add(service);
            }
            PlatformStack stack = new PlatformStack(postgres, kafka, smtp, mailArchive, services);
            stack.awaitReady(progress);
            return stack;
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    private void awaitReady(Consumer<String> progress) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        List<ServiceProcess> waiting = new ArrayList<>(services);
        while (!waiting.isEmpty()) {
            for (ServiceProcess service : List.copyOf(waiting)) {
                if (!service.isAlive()) {
                    throw new IllegalStateException(service.spec().name() + " stopped while starting. Its log ("
                            + service.logFile() + ") ends with:" + System.lineSeparator() + service.logTail(40));
                }
                if (service.isHealthy()) {
                    progress.accept(service.spec().name() + " is UP on port " + service.port());
                    waiting.remove(service);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                ServiceProcess late = waiting.get(0);
                throw new IllegalStateException(late.spec().name() + " was not UP after " + READY_TIMEOUT.toMinutes()
                        + " minutes. Its log (" + late.logFile() + ") ends with:" + System.lineSeparator()
                        + late.logTail(40));
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private static Map<String, String> springProperties(ServiceSpec spec, PostgresServer postgres, KafkaBroker kafka,
                                                        SmtpServer smtp) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", postgres.jdbcUrl(spec.database()));
        properties.put("spring.datasource.username", PostgresServer.USER);
        properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put("spring.cloud.stream.kafka.binder.brokers", kafka.bootstrapServers());
        if (spec.sealsPersonalData()) {
            properties.put("complaints.personal-data.vault.url", postgres.jdbcUrl("keyvault"));
            properties.put("complaints.personal-data.vault.username", PostgresServer.USER);
        }
        if (spec.usesMail()) {
            properties.put("spring.mail.host", smtp.host());
            properties.put("spring.mail.port", String.valueOf(smtp.port()));
        }
        return properties;
    }

    /** The runnable jar Maven built for the service: {@code <module>/target/<module>-<version>-exec.jar}. */
    static Path runnableJar(Path repositoryRoot, ServiceSpec spec) {
        Path target = repositoryRoot.resolve(spec.name()).resolve("target");
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, spec.name() + "-*-exec.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new IllegalStateException("No runnable jar for " + spec.name() + " in " + target
                + ": build it first (./mvnw -DskipTests package).");
    }

    public ServiceProcess service(String name) {
        return services.stream().filter(s -> s.spec().name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }

    public List<ServiceProcess> services() {
        return List.copyOf(services);
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KafkaBroker kafka() {
        return kafka;
    }

    public SmtpServer smtp() {
        return smtp;
    }

    /**
     * Stops the services first (they drain their work), then the infrastructure they used, and
     * last the mail archive, which writes out what the SMTP server received until it stopped.
     */
    @Override
    public void close() {
        services.parallelStream().forEach(ServiceProcess::close);
        List<AutoCloseable> infrastructure = new ArrayList<>();
        if (mailArchive != null) {
            infrastructure.add(mailArchive);
        }
        infrastructure.addAll(List.of(postgres, kafka, smtp));
        closeAll(infrastructure);
    }

    /** Closes {@code resources} in the reverse of the order they were started in. */
    private static void closeAll(List<? extends AutoCloseable> resources) {
        List<AutoCloseable> reversed = new ArrayList<>(resources);
        java.util.Collections.reverse(reversed);
        for (AutoCloseable resource : reversed) {
            try {
                resource.close();
            } catch (Exception ignored) {
                // Keep stopping the rest.
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the services", e);
        }
    }
}
