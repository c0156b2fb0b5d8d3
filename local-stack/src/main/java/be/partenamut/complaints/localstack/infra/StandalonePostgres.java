package be.partenamut.complaints.localstack.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One {@link PostgresServer} in a JVM of its own, so that it can be killed and started again apart from
 * the JVM that uses it: the embedded server's data-directory lock and its stop-on-exit hook then belong
 * to this JVM, and die with it.
 *
 * <p>Arguments: {@code <data directory> <port, 0 for any> <port file> <database>...}. Once the server
 * accepts connections and the databases exist, the port it listens on is written to the port file.
 * SIGTERM stops PostgreSQL with a fast shutdown and ends this JVM only once the postmaster is gone.
 */
public final class StandalonePostgres {

    private StandalonePostgres() {
    }

    public static void main(String[] args) {
        Path dataDirectory = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        Path portFile = Path.of(args[2]);
        List<String> databases = List.of(args).subList(3, args.length);

        PostgresServer server = PostgresServer.start(dataDirectory, port, databases);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, dataDirectory), "stop-postgresql"));
        StandaloneServer.reportReady(portFile, server.port());
        StandaloneServer.serveUntilTheLauncherLeaves();
        System.exit(0);
    }

    /**
     * A fast shutdown; the embedded server's own stop gives up waiting after 5 seconds, so this waits
     * on for the postmaster itself: whoever starts the server again next must find the directory free.
     */
    private static void stop(PostgresServer server, Path dataDirectory) {
        Optional<ProcessHandle> postmaster = postmaster(dataDirectory);
        server.close();
        postmaster.ifPresent(process -> {
            try {
                process.onExit().get(2, TimeUnit.MINUTES);
            } catch (Exception notGoneInTime) {
                System.err.println("PostgreSQL (pid " + process.pid() + ") had not stopped after 2 minutes");
            }
        });
    }

    /** The running postmaster of {@code dataDirectory}: the pid on the first line of its postmaster.pid. */
    public static Optional<ProcessHandle> postmaster(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
            if (lines.size() < 3 || !lines.get(0).trim().matches("\\d{1,10}") || !lines.get(2).trim().matches("\\d{1,19}")) {
                return Optional.empty();
            }
            // A file left by a killed server names a pid that may since belong to another program, even
            // another PostgreSQL: only a postgres process started when the file says is this postmaster.
            Instant started = Instant.ofEpochSecond(Long.parseLong(lines.get(2).trim()));
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(StandalonePostgres::isPostgres).orElse(false))
                    .filter(process -> process.info().startInstant()
                            .map(instant -> Duration.between(instant, started).abs().compareTo(Duration.ofSeconds(5)) <= 0)
                            .orElse(false));
        } catch (NoSuchFileException notRunning) {
            return Optional.empty();
        } catch (IOException unreadable) {
            // Being written by a starting server: it is not running yet.
            return Optional.empty();
        }
    }

    private static boolean isPostgres(String command) {
        return Path.of(command).getFileName().toString().equals("postgres");
    }
}
