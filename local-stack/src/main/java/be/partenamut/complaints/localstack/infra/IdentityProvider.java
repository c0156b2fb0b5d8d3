package be.partenamut.complaints.localstack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The platform's OpenID Connect provider (module {@code identity-provider}) in a JVM of its own, run from its
 * runnable jar with the {@code demo} profile: the demo staff and channel clients, for the local stack and the
 * tests only.
 *
 * <p>Its issuer ({@code http://localhost:<port>}) is set before it starts, so that every token and its discovery
 * document name the same issuer whichever way a client spells the host. That takes a port chosen before the
 * provider binds it ({@link FreePorts}); should another process take it in between, the provider stops at once
 * and is started again on another port.
 */
public final class IdentityProvider implements AutoCloseable {

    /** The Spring property that tells a service which issuer's tokens to accept. */
    public static final String ISSUER_PROPERTY = "complaints.security.issuer";

    private static final Duration READY_CEILING = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int ATTEMPTS_ON_A_TAKEN_PORT = 3;
    private static final List<String> TEST_JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path logFile;
    private volatile TokenClient tokens;

    private IdentityProvider(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /**
     * For tests: a provider on a free port, from the jar Maven built in this repository, its log under the
     * calling module's {@code target/}. Returns once it answers its discovery document.
     */
    public static IdentityProvider launch() {
        Path target = Path.of("target");
        Path logs = Files.isDirectory(target) ? target : Path.of(System.getProperty("java.io.tmpdir"));
        return start(runnableJar(RepositoryRoot.find()), 0, logs, Map.of(), TEST_JVM_OPTIONS);
    }

    /**
     * Starts {@code jar} on {@code port} (0: a free one), its log in {@code logDirectory}, with
     * {@code properties} as extra Spring properties (say, where it keeps its signing key), and returns once
     * it answers its discovery document.
     */
    public static IdentityProvider start(Path jar, int port, Path logDirectory, Map<String, String> properties,
                                         List<String> jvmOptions) {
        for (int attempt = 1; ; attempt++) {
            int chosen = port != 0 ? port : FreePorts.next();
            Path logFile = logDirectory.resolve("identity-provider-" + chosen + ".log");
            IdentityProvider provider = new IdentityProvider(launch(jar, chosen, logFile, properties, jvmOptions),
                    chosen, logFile);
            try {
                provider.awaitReady();
                return provider;
            } catch (IllegalStateException e) {
                provider.close();
                if (port != 0 || attempt == ATTEMPTS_ON_A_TAKEN_PORT || !provider.logTail(80).contains("already in use")) {
                    throw e;
                }
            }
        }
    }

    private static Process launch(Path jar, int port, Path logFile, Map<String, String> properties,
                                  List<String> jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        command.add("--spring.profiles.active=demo");
        command.add("--complaints.identity.issuer=" + issuerOn(port));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(logFile.getParent());
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the identity provider", e);
        }
    }

    private static String issuerOn(int port) {
        return "http://localhost:" + port;
    }

    /** The runnable jar Maven built: {@code identity-provider/target/identity-provider-<version>-exec.jar}. */
    public static Path runnableJar(Path repositoryRoot) {
        Path target = repositoryRoot.resolve("identity-provider").resolve("target");
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "identity-provider-*-exec.jar")) {
            for (Path jar : jars) {
                return jar;
            }
        } catch (IOException e) {
            // reported below
        }
        throw new IllegalStateException("No runnable jar of the identity provider in " + target
                + ": build it first (./mvnw -DskipTests package -pl identity-provider).");
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(READY_CEILING);
        while (!answersDiscovery()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The identity provider stopped while starting. Its log (" + logFile
                        + ") ends with:" + System.lineSeparator() + logTail(40));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The identity provider did not answer within "
                        + READY_CEILING.toMinutes() + " minutes. Its log (" + logFile + ") ends with:"
                        + System.lineSeparator() + logTail(40));
            }
            try {
                // A look at a condition every POLL until a ceiling, as Awaitility does in a test: the provider's
                // process sends no signal when it is ready, and this launcher also runs ./run.sh (no test library).
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the identity provider", e);
            }
        }
    }

    /** Whether the discovery document answers, naming this provider's issuer. */
    private boolean answersDiscovery() {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create(issuer() + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"issuer\":\"" + issuer() + "\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code http://localhost:<port>}: every token's {@code iss}, and what the services are told to trust. */
    public String issuer() {
        return issuerOn(port);
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    /** The Spring properties that make a service accept this provider's tokens (and no other's). */
    public Map<String, String> springProperties() {
        return Map.of(ISSUER_PROPERTY, issuer());
    }

    /** Tokens of this provider's demo users and clients, cached until shortly before they expire. */
    public TokenClient tokens() {
        TokenClient client = tokens;
        if (client == null) {
            synchronized (this) {
                if (tokens == null) {
                    tokens = new TokenClient(issuer());
                }
                client = tokens;
            }
        }
        return client;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    private String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** Asks the provider to stop (Spring shuts down gracefully on SIGTERM), then insists. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
