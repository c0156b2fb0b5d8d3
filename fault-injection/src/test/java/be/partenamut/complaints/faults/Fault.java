package be.partenamut.complaints.faults;

import java.time.Duration;

/** One thing done to a component of the platform while the load runs. */
sealed interface Fault {

    String component();

    String describe();

    /** SIGKILL: no shutdown hook, no flush, no goodbye; then started again at once. */
    record Kill(String component) implements Fault {
        @Override
        public String describe() {
            return "kill -9 " + component;
        }
    }

    /** Stopped and kept away for {@code duration} (a lost server or network), then started again. */
    record Outage(String component, Duration duration) implements Fault {
        @Override
        public String describe() {
            return component + " down for " + duration.toSeconds() + " s";
        }
    }
}
