package be.partenamut.complaints.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waiting for a process that was just started until it accepts work. */
final class Readiness {

    /** How long any part of the platform may take to start on a loaded machine. */
    static final Duration CEILING = Duration.ofMinutes(5);
    private static final Duration POLL = Duration.ofMillis(250);

    private Readiness() {
    }

    /**
     * Returns once {@code ready}; throws, with the end of the log, as soon as {@code alive} says the
     * process has ended or once {@link #CEILING} has passed.
     */
    static void await(String name, BooleanSupplier alive, BooleanSupplier ready, java.nio.file.Path logFile) {
        Instant deadline = Instant.now().plus(CEILING);
        while (true) {
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException(name + " stopped while starting. Its log (" + logFile + ") ends with:"
                        + System.lineSeparator() + LogTail.of(logFile, 40));
            }
            if (ready.getAsBoolean()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " did not accept work within " + CEILING.toMinutes()
                        + " minutes. Its log (" + logFile + ") ends with:" + System.lineSeparator()
                        + LogTail.of(logFile, 40));
            }
            try {
                // A look at a condition every POLL until a ceiling, as Awaitility does in a test: a starting process
                // sends no signal when it is ready, and this launcher also runs ./run.sh, which carries no test library.
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name + " to start", e);
            }
        }
    }
}
