package be.partenamut.complaints.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server of the platform's infrastructure run in a JVM of its own by one of the standalone mains
 * ({@code infra.StandalonePostgres}, {@code infra.StandaloneKafka}), its output appended to a log file.
 * The first start may take any free port, which the main reports in a port file; every later start
 * asks for that same port, so the server's address never changes.
 */
abstract class ServerProcess implements CrashableComponent {

    private static final Duration GRACEFUL_STOP = Duration.ofMinutes(2);

    private final String name;
    private final String mainClass;
    private final List<String> jvmOptions;
    private final Path logFile;
    private final Path portFile;
    /** 0 until the first start has reported the port it bound. */
    private volatile int port;
    private volatile Process jvm;

    ServerProcess(String name, String mainClass, int port, List<String> jvmOptions, Path logFile) {
        this.name = name;
        this.mainClass = mainClass;
        this.port = port;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.logFile = logFile;
        this.portFile = logFile.resolveSibling(name + ".port");
    }

    /** The main's arguments for a start on {@code port} (0: any) that reports the port in {@code portFile}. */
    abstract List<String> arguments(int port, Path portFile);

    /** Whether the server, listening on {@link #port()}, does what clients ask of it. */
    abstract boolean acceptsWork();

    /** Processes of the server that are not below its JVM in the process tree. */
    List<ProcessHandle> detachedProcesses() {
        return List.of();
    }

    @Override
    public String name() {
        return name;
    }

    /** The port clients connect to; known once the first start has succeeded (or when it was fixed). */
    public int port() {
        int known = port;
        if (known == 0) {
            throw new IllegalStateException(name + " has not started yet, so it has no port");
        }
        return known;
    }

    public Path logFile() {
        return logFile;
    }

    @Override
    public synchronized void start() {
        Process current = jvm;
        if (current == null || !current.isAlive()) {
            current = launch();
            jvm = current;
        }
        Process starting = current;
        Readiness.await(name, starting::isAlive, () -> reportedReady() && acceptsWork(), logFile);
    }

    private Process launch() {
        try {
            Files.createDirectories(logFile.getParent());
            // A file left by the previous start would say "ready" before this one is.
            Files.deleteIfExists(portFile);
            List<String> command = JavaCommand.forMainClass(jvmOptions, mainClass, arguments(port, portFile));
            // Standard input stays a pipe from this JVM: the server ends when this JVM does.
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** Whether the main has written its port file; the first start learns its port from it. */
    private boolean reportedReady() {
        try {
            String content = Files.readString(portFile).trim();
            if (!content.matches("\\d{1,5}")) {
                return false;
            }
            if (port == 0) {
                port = Integer.parseInt(content);
            }
            return true;
        } catch (NoSuchFileException notYet) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the port " + name + " reported", e);
        }
    }

    @Override
    public synchronized void kill() {
        List<ProcessHandle> roots = new ArrayList<>(detachedProcesses());
        Process current = jvm;
        if (current != null) {
            roots.add(current.toHandle());
        }
        ProcessTree.kill(roots);
    }

    /** SIGTERM to the JVM, whose shutdown hook stops the server gracefully; what is left after that is killed. */
    @Override
    public synchronized void stop() {
        List<ProcessHandle> detached = detachedProcesses();
        Process current = jvm;
        if (current != null && current.isAlive()) {
            current.destroy();
            try {
                if (!current.waitFor(GRACEFUL_STOP.toSeconds(), TimeUnit.SECONDS)) {
                    System.err.println(name + " did not stop within " + GRACEFUL_STOP.toSeconds() + " s; killing it");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            ProcessTree.awaitGone(detached, GRACEFUL_STOP);
        } catch (IllegalStateException stillThere) {
            System.err.println(name + ": " + stillThere.getMessage() + "; killing it");
        }
        kill();
    }

    @Override
    public boolean isRunning() {
        Process current = jvm;
        return (current != null && current.isAlive()) || detachedProcesses().stream().anyMatch(ProcessHandle::isAlive);
    }

    @Override
    public void close() {
        if (isRunning()) {
            stop();
        }
    }
}
