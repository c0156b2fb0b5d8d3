package be.partenamut.complaints.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A service running in its own JVM from its runnable jar, its output in a log file. It can be killed
 * and started again: a later start runs the same command with the same environment, on the port the
 * first start bound, and appends to the same log.
 */
public final class ServiceProcess implements CrashableComponent {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /**
     * Spring Boot's own listener that writes the port the web server bound to the file named by the
     * PORTFILE system property. Boot 3.5 no longer reads {@code context.listener.classes}, so it is
     * added as one more source of the application context, where it is a listener like any bean.
     */
    private static final String PORT_FILE_WRITER = "org.springframework.boot.web.context.WebServerPortFileWriter";

    private final ServiceSpec spec;
    /** What follows the JVM options: {@code -jar <jar>}, or a classpath and a main class. */
    private final List<String> program;
    private final Map<String, String> properties;
    private final Map<String, String> environment;
    private final List<String> jvmOptions;
    private final Path logFile;
    /** Where the service writes the port it bound when started on port 0. */
    private final Path portFile;
    /** The fixed port, or for port 0 the reported one once the service answered on it; 0 until then. */
    private volatile int port;
    private volatile Process process;

    private ServiceProcess(ServiceSpec spec, List<String> program, int port, Map<String, String> properties,
                           Map<String, String> environment, Path logFile, List<String> jvmOptions) {
        this.spec = spec;
        this.program = List.copyOf(program);
        this.port = port;
        this.properties = new LinkedHashMap<>(properties);
        this.environment = Map.copyOf(environment);
        this.jvmOptions = List.copyOf(jvmOptions);
        this.logFile = logFile;
        this.portFile = logFile.resolveSibling(spec.name() + ".port");
    }

    /**
     * Starts {@code jar} on {@code port} with {@code properties} as command-line Spring properties and
     * {@code environment} added to its environment. Port 0: the service binds any free port itself
     * and reports it in a file beside its log, read by {@link #isHealthy()}.
     */
    public static ServiceProcess start(ServiceSpec spec, Path jar, int port, Map<String, String> properties,
                                       Map<String, String> environment, Path logFile, List<String> jvmOptions) {
        ServiceProcess service = new ServiceProcess(spec, List.of("-jar", jar.toString()), port, properties,
                environment, logFile, jvmOptions);
        service.process = service.launch();
        return service;
    }

    /**
     * As {@link #start(ServiceSpec, Path, int, Map, Map, Path, List)}, running {@code mainClass} from this
     * JVM's own classpath instead of a jar: for a program that answers like a service, in tests.
     */
    public static ServiceProcess startMainClass(ServiceSpec spec, String mainClass, int port,
                                                Map<String, String> properties, Map<String, String> environment,
                                                Path logFile, List<String> jvmOptions) {
        List<String> java = JavaCommand.forMainClass(List.of(), mainClass, List.of());
        ServiceProcess service = new ServiceProcess(spec, java.subList(1, java.size()), port, properties,
                environment, logFile, jvmOptions);
        service.process = service.launch();
        return service;
    }

    /** Starts the JVM on the known port, or on port 0 with a port file while no port is known yet. */
    private Process launch() {
        int launchPort = port;
        List<String> command = new ArrayList<>();
        command.add(JavaCommand.java());
        command.addAll(jvmOptions);
        // Axon's update checker would try to reach the internet every few seconds.
        command.add("-Daxoniq.update-checker.disabled=true");
        if (launchPort == 0) {
            command.add("-DPORTFILE=" + portFile);
        }
        command.addAll(program);
        command.add("--server.port=" + launchPort);
        if (launchPort == 0) {
            command.add("--spring.main.sources=" + PORT_FILE_WRITER);
        }
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(logFile.getParent());
            if (launchPort == 0) {
                // A file left by an earlier run would name a port nobody listens on any more.
                Files.deleteIfExists(portFile);
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            // Secrets go in the environment, where other users' process listings do not show them.
            builder.environment().putAll(environment);
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + spec.name(), e);
        }
    }

    @Override
    public String name() {
        return spec.name();
    }

    public ServiceSpec spec() {
        return spec;
    }

    /** The port the service listens on; for port 0, known once the service has answered {@link #isHealthy()}. */
    public int port() {
        if (port == 0) {
            throw new IllegalStateException(spec.name() + " has not reported the port it listens on yet");
        }
        return port;
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public boolean isRunning() {
        return isAlive();
    }

    /**
     * Whether {@code /actuator/health} answers UP. A service started on port 0 is asked at the port
     * it reported, and that port is known from its first UP answer on: a port file being written, or
     * left half-written, never becomes the service's address.
     */
    public boolean isHealthy() {
        int candidate = port != 0 ? port : reportedPort();
        if (candidate == 0) {
            return false;
        }
        boolean up = answersUp(candidate);
        if (up) {
            port = candidate;
        }
        return up;
    }

    private static boolean answersUp(int port) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().replace(" ", "").contains("\"status\":\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The port in the service's port file, or 0 while there is none yet. */
    private int reportedPort() {
        try {
            String content = Files.readString(portFile).trim();
            return content.matches("\\d{1,5}") ? Integer.parseInt(content) : 0;
        } catch (NoSuchFileException notYet) {
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the port " + spec.name() + " reported", e);
        }
    }

    /** The last lines of the service's log, to show why it did not start. */
    public String logTail(int lines) {
        return LogTail.of(logFile, lines);
    }

    /**
     * Starts the service again if its JVM has ended, on the port it had, and returns once it answers
     * UP; a running service is only waited for.
     */
    @Override
    public synchronized void start() {
        Process current = process;
        if (!current.isAlive()) {
            current = launch();
            process = current;
        }
        Process starting = current;
        Readiness.await(spec.name(), starting::isAlive, this::isHealthy, logFile);
    }

    /** SIGKILL of the service's JVM and anything it started; returns once they are gone. */
    @Override
    public synchronized void kill() {
        ProcessTree.kill(List.of(process.toHandle()));
    }

    /** Asks the service to stop (Spring shuts down gracefully on SIGTERM), then insists. */
    @Override
    public synchronized void stop() {
        Process current = process;
        current.destroy();
        try {
            if (!current.waitFor(30, TimeUnit.SECONDS)) {
                current.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            current.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (isRunning()) {
            stop();
        }
    }
}
