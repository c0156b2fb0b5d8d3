package be.partenamut.complaints.localstack;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Kills processes as a crash would: SIGKILL, nothing gets to clean up. */
final class ProcessTree {

    private static final Duration GONE_WITHIN = Duration.ofMinutes(1);

    private ProcessTree() {
    }

    /**
     * SIGKILLs each of {@code roots} and every process below it, and returns once all are gone. The
     * descendants are listed before anything is killed: once a parent is dead its children belong to
     * init, and nothing would find them again.
     */
    static void kill(Collection<ProcessHandle> roots) {
        List<ProcessHandle> all = new ArrayList<>();
        for (ProcessHandle root : roots) {
            all.add(root);
            root.descendants().forEach(all::add);
        }
        all.forEach(ProcessHandle::destroyForcibly);
        awaitGone(all, GONE_WITHIN);
    }

    /** Waits until every one of {@code processes} has ended; throws if some still run after {@code ceiling}. */
    static void awaitGone(Collection<ProcessHandle> processes, Duration ceiling) {
        Instant deadline = Instant.now().plus(ceiling);
        for (ProcessHandle process : processes) {
            try {
                long left = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
                process.onExit().get(left, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                throw new IllegalStateException("process " + process.pid() + " still runs after " + ceiling.toSeconds()
                        + " s", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for process " + process.pid() + " to end", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("cannot tell whether process " + process.pid() + " ended", e);
            }
        }
    }
}
