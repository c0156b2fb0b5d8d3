package be.partenamut.complaints.localstack;

import be.partenamut.complaints.localstack.infra.Broker;
import be.partenamut.complaints.localstack.infra.Database;
import be.partenamut.complaints.localstack.infra.IdentityProvider;
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
 * The whole platform: the identity provider, one PostgreSQL, one Kafka broker, one SMTP server, and the
 * five services in their own JVMs, each service accepting the provider's tokens only. {@code ./run.sh} runs it on the documented ports with its data kept under
 * {@code .local-data/} and every mail written to {@code .local-mail/}; the system tests run it on
 * ports the servers bind themselves, with throw-away data. The fault-injection tests run it
 * {@linkplain Layout#crashable crashable}: PostgreSQL, a second PostgreSQL holding the key vault, and
 * Kafka each in processes of their own, which the tests kill and start again like the services.
 */
public final class PlatformStack implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    /** The name of the key vault's database, on whichever server holds it. */
    static final String KEY_VAULT_DATABASE = "keyvault";

    /** The identity provider's port in the local stack: its issuer is {@code http://localhost:9000}. */
    public static final int IDENTITY_PROVIDER_PORT = 9000;
    private static final String SERVER_PORT = "server.port";

    private final IdentityProvider identityProvider;
    private final Infrastructure infrastructure;
    private final List<ServiceProcess> services;

    private PlatformStack(IdentityProvider identityProvider, Infrastructure infrastructure,
                          List<ServiceProcess> services) {
        this.identityProvider = identityProvider;
        this.infrastructure = infrastructure;
        this.services = services;
    }

    /**
     * What the services run on. {@code keyVault} is {@code postgres} itself unless the layout is
     * crashable; {@code crashable} lists the servers in processes of their own (empty otherwise);
     * {@code closeables} is everything to close, in the order it was started.
     */
    private record Infrastructure(Database postgres, Database keyVault, Broker kafka, SmtpServer smtp,
                                  List<CrashableComponent> crashable, List<AutoCloseable> closeables) {
    }

    /**
     * Where things are, and on which ports; 0 means any free port, which the server binds itself.
     * {@code servicePortsFromTable}: the services on the documented ports, otherwise on any free port.
     * {@code mailArchive}: where every received mail is written as an .eml file (null: nowhere).
     * {@code crashable}: PostgreSQL, the key vault (on a second PostgreSQL) and Kafka each in processes of
     * their own, to be killed and started again; otherwise one PostgreSQL holds the key vault too, and
     * Kafka runs in this JVM.
     * {@code serviceProperties}: Spring properties given to one service on top of the stack's own, by
     * service name (a test's settings, e.g. a limit that does not fit its load).
     */
    public record Layout(Path repositoryRoot, Path dataDirectory, int postgresPort, int kafkaPort,
                         int smtpPort, boolean servicePortsFromTable, Path mailArchive, List<String> jvmOptions,
                         boolean crashable, Map<String, Map<String, String>> serviceProperties) {

        public Layout {
            serviceProperties = Map.copyOf(serviceProperties);
        }

        /** This layout, with {@code properties} added for the service named {@code service}. */
        public Layout withServiceProperties(String service, Map<String, String> properties) {
            ServiceSpec.named(service);
            Map<String, Map<String, String>> all = new LinkedHashMap<>(serviceProperties);
            Map<String, String> merged = new LinkedHashMap<>(all.getOrDefault(service, Map.of()));
            merged.putAll(properties);
            all.put(service, Map.copyOf(merged));
            return new Layout(repositoryRoot, dataDirectory, postgresPort, kafkaPort, smtpPort, servicePortsFromTable,
                    mailArchive, jvmOptions, crashable, all);
        }

        /** The local stack: documented ports, data kept across restarts, mails in {@code .local-mail/}. */
        public static Layout local(Path repositoryRoot) {
            // The members' mailboxes, outside .local-data: mails are what members receive, not the platform's data.
            return new Layout(repositoryRoot, repositoryRoot.resolve(".local-data"), 5433, 9092, 3025, true,
                    repositoryRoot.resolve(".local-mail"), List.of("-Xmx384m", "-XX:+UseSerialGC"), false, Map.of());
        }

        /** For tests: free ports, everything under a scratch directory, mails kept by the SMTP server only. */
        public static Layout isolated(Path repositoryRoot, Path scratch) {
            return new Layout(repositoryRoot, scratch, 0, 0, 0, false, null,
                    List.of("-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"), false, Map.of());
        }

        /**
         * For fault-injection tests: as {@link #isolated}, with PostgreSQL, the key vault's own PostgreSQL
         * and Kafka each in processes of their own (see {@link PlatformStack#crashableComponents()}).
         */
        public static Layout crashable(Path repositoryRoot, Path scratch) {
            Layout isolated = isolated(repositoryRoot, scratch);
            return new Layout(repositoryRoot, scratch, 0, 0, 0, false, null, isolated.jvmOptions(), true,
                    Map.of());
        }

        public Path postgresData() {
            return dataDirectory.resolve("postgres");
        }

        /** The key vault's own server's data, in a crashable layout. */
        public Path keyVaultData() {
            return dataDirectory.resolve("key-vault");
        }

        public Path kafkaLogs() {
            return dataDirectory.resolve("kafka");
        }

        public Path serviceLogs() {
            return dataDirectory.resolve("logs");
        }

        /** Where the identity provider keeps its signing key, so tokens handed out outlive a restart. */
        public Path identityProviderKey() {
            return dataDirectory.resolve("identity");
        }

        /** The identity provider's port: the documented one with the services', otherwise any free one. */
        public int identityProviderPort() {
            return servicePortsFromTable ? IDENTITY_PROVIDER_PORT : 0;
        }
    }

    /** Starts everything and waits until every service reports UP. */
    public static PlatformStack start(Layout layout, Consumer<String> progress) {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            // First: the services are told its issuer, which holds its port.
            progress.accept("Starting the identity provider");
            IdentityProvider identityProvider = IdentityProvider.start(
                    IdentityProvider.runnableJar(layout.repositoryRoot()), layout.identityProviderPort(),
                    layout.serviceLogs(), Map.of("complaints.identity.key-directory",
                            layout.identityProviderKey().toString()), layout.jvmOptions());
            started.add(identityProvider);
            progress.accept("The identity provider is UP, issuer " + identityProvider.issuer());
            Infrastructure infrastructure = layout.crashable()
                    ? startCrashableInfrastructure(layout, progress, started)
                    : startInfrastructure(layout, progress, started);

            String masterKey = MasterKeyFile.readOrCreate(layout.dataDirectory().resolve("master.key"));
            List<ServiceProcess> services = new ArrayList<>();
            for (ServiceSpec spec : ServiceSpec.ALL) {
                // No service needs another's port to start (they talk through Kafka only), so each can
                // bind any free port itself and report it once it listens.
                int port = layout.servicePortsFromTable() ? spec.port() : pinnedPort(layout, spec);
                progress.accept("Starting " + spec.name() + (port != 0 ? " on port " + port : ""));
                ServiceProcess service = ServiceProcess.start(spec, runnableJar(layout.repositoryRoot(), spec), port,
                        springProperties(spec, infrastructure, identityProvider, layout.serviceProperties()),
                        spec.sealsPersonalData() ? Map.of(MasterKeyFile.ENVIRONMENT_VARIABLE, masterKey) : Map.of(),
                        layout.serviceLogs().resolve(spec.name() + ".log"), layout.jvmOptions());
                services.add(service);
                started.add(service);
            }
            PlatformStack stack = new PlatformStack(identityProvider, infrastructure, services);
            stack.awaitReady(progress);
            return stack;
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    /** One PostgreSQL holding every database and the key vault, Kafka in this JVM: the stack as it always was. */
    private static Infrastructure startInfrastructure(Layout layout, Consumer<String> progress,
                                                      List<AutoCloseable> started) {
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
        List<AutoCloseable> closeables = new ArrayList<>();
        // First in the list, so closed last: it writes out what the SMTP server received until it stopped.
        if (mailArchive != null) {
            closeables.add(mailArchive);
        }
        closeables.addAll(List.of(postgres, kafka, smtp));
        return new Infrastructure(postgres, postgres, kafka, smtp, List.of(), closeables);
    }

    /**
     * PostgreSQL, the key vault's own PostgreSQL and Kafka each in processes of their own, so that each
     * can be killed and started again while the rest runs on; the SMTP server stays in this JVM.
     */
    private static Infrastructure startCrashableInfrastructure(Layout layout, Consumer<String> progress,
                                                               List<AutoCloseable> started) {
        if (layout.mailArchive() != null) {
            throw new IllegalArgumentException("a crashable layout keeps mails in the SMTP server only");
        }
        Path logs = layout.serviceLogs();
        List<String> serviceDatabases = ServiceSpec.ALL.stream().map(ServiceSpec::database).toList();
        PostgresProcess postgres = PostgresProcess.create("postgresql", layout.postgresData(), layout.postgresPort(),
                serviceDatabases, logs.resolve("postgresql.log"));
        PostgresProcess keyVault = PostgresProcess.create("key-vault", layout.keyVaultData(), 0,
                List.of(KEY_VAULT_DATABASE), logs.resolve("key-vault.log"));
        KafkaProcess kafka = KafkaProcess.create(layout.kafkaLogs(), layout.kafkaPort(), logs.resolve("kafka.log"));
        List<CrashableComponent> crashable = List.of(postgres, keyVault, kafka);
        for (CrashableComponent component : crashable) {
            progress.accept("Starting " + component.name() + " in a process of its own");
            started.add(component);
            component.start();
        }
        progress.accept("Starting the SMTP server");
        SmtpServer smtp = SmtpServer.start(layout.smtpPort());
        started.add(smtp);
        return new Infrastructure(postgres, keyVault, kafka, smtp, crashable, List.copyOf(started));
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

    private static Map<String, String> springProperties(ServiceSpec spec, Infrastructure infrastructure,
                                                        IdentityProvider identityProvider,
                                                        Map<String, Map<String, String>> extra) {
        Database postgres = infrastructure.postgres();
        Database keyVault = infrastructure.keyVault();
        Broker kafka = infrastructure.kafka();
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", postgres.jdbcUrl(spec.database()));
        properties.put("spring.datasource.username", postgres.user());
        properties.put("spring.kafka.bootstrap-servers", kafka.bootstrapServers());
        properties.put("spring.cloud.stream.kafka.binder.brokers", kafka.bootstrapServers());
        properties.putAll(identityProvider.springProperties());
        if (spec.sealsPersonalData()) {
            properties.put("complaints.personal-data.vault.url", keyVault.jdbcUrl(KEY_VAULT_DATABASE));
            properties.put("complaints.personal-data.vault.username", keyVault.user());
        }
        if (spec.usesMail()) {
            properties.put("spring.mail.host", infrastructure.smtp().host());
            properties.put("spring.mail.port", String.valueOf(infrastructure.smtp().port()));
        }
        properties.putAll(extra.getOrDefault(spec.name(), Map.of()));
        // The port is the launch's own argument (pinnedPort), never a second server.port.
        properties.remove(SERVER_PORT);
        return properties;
    }

    /**
     * The port a test pinned for the service ({@code server.port} among its {@link Layout#serviceProperties}), when
     * another service must be told its address before it starts (the office's figures page reads analytics');
     * otherwise 0: any free port.
     */
    private static int pinnedPort(Layout layout, ServiceSpec spec) {
        String pinned = layout.serviceProperties().getOrDefault(spec.name(), Map.of()).get(SERVER_PORT);
        return pinned == null ? 0 : Integer.parseInt(pinned);
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

    /** The identity provider the services trust; its {@code tokens()} are the demo users' and clients'. */
    public IdentityProvider identityProvider() {
        return identityProvider;
    }

    /** The PostgreSQL server holding the services' databases. */
    public Database postgres() {
        return infrastructure.postgres();
    }

    /** The server holding the key vault's database ({@code keyvault}): {@link #postgres()} unless crashable. */
    public Database keyVault() {
        return infrastructure.keyVault();
    }

    public Broker kafka() {
        return infrastructure.kafka();
    }

    public SmtpServer smtp() {
        return infrastructure.smtp();
    }

    /**
     * In a crashable layout: {@code postgresql}, {@code key-vault}, {@code kafka}, then the five
     * services in {@link ServiceSpec#ALL} order.
     */
    public List<CrashableComponent> crashableComponents() {
        if (infrastructure.crashable().isEmpty()) {
            throw new IllegalStateException("only a stack started with Layout.crashable has components to crash");
        }
        List<CrashableComponent> components = new ArrayList<>(infrastructure.crashable());
        components.addAll(services);
        return List.copyOf(components);
    }

    /** The crashable component named {@code name} (see {@link #crashableComponents()}). */
    public CrashableComponent component(String name) {
        return crashableComponents().stream().filter(component -> component.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no component " + name));
    }

    /**
     * Stops the services first (they drain their work), then the infrastructure they used, then the
     * mail archive, which writes out what the SMTP server received until it stopped, and last the
     * identity provider.
     */
    @Override
    public void close() {
        services.parallelStream().forEach(ServiceProcess::close);
        closeAll(infrastructure.closeables());
        identityProvider.close();
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
