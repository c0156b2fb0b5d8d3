package be.partenamut.complaints.localstack.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What the mains that run one server in a JVM of its own ({@link StandalonePostgres},
 * {@link StandaloneKafka}) have in common: how they tell the launcher they are ready, and when they end.
 */
final class StandaloneServer {

    private StandaloneServer() {
    }

    /**
     * Writes {@code port} to {@code file} in one step (written beside it, then moved over it): the
     * launcher takes the file's appearance as "ready", so it must never see it half-written.
     */
    static void reportReady(Path file, int port) {
        try {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, port + System.lineSeparator());
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not report the port in " + file, e);
        }
    }

    /**
     * Returns when the launcher closes this JVM's standard input, which it does also by ending in any
     * way: a server never outlives the launcher that started it. SIGTERM ends the JVM earlier, through
     * the shutdown hook that stops the server gracefully.
     */
    static void serveUntilTheLauncherLeaves() {
        try {
            InputStream launcher = System.in;
            while (launcher.read() != -1) {
                // Nothing is sent on this line; it only tells that the launcher is still there.
            }
        } catch (IOException launcherGone) {
            // The same as the end of the input.
        }
    }
}
