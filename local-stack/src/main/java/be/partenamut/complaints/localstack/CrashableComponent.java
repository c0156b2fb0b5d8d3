package be.partenamut.complaints.localstack;

/**
 * A part of the platform running in its own OS processes, which a fault-injection test kills -9 and
 * starts again.
 */
public interface CrashableComponent extends AutoCloseable {

    /** {@code postgresql}, {@code key-vault}, {@code kafka}, or a service's module name. */
    String name();

    /** SIGKILL of every process of the component (the whole process tree); returns once all are gone. */
    void kill();

    /** A graceful stop (SIGTERM; PostgreSQL: a fast shutdown); returns once everything has stopped. */
    void stop();

    /**
     * Starts the component again on the same port(s) and the same data, and returns once it accepts
     * work; throws {@link IllegalStateException} with the end of its log if it has not after 5 minutes
     * or stops while starting. Does not launch a second copy of a component that is running.
     */
    void start();

    /** Whether any of its processes is alive. */
    boolean isRunning();

    /** Stops the component if it is running. */
    @Override
    void close();
}
