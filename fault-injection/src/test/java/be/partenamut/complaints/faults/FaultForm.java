package be.partenamut.complaints.faults;

import java.time.Duration;
import java.util.Locale;

/**
 * How hard a fault-injection run is. The short form runs in {@code ./mvnw verify}: every component
 * killed once, the outages brief. The long form ({@code ./fault-injection.sh}) is the one the
 * README's Reliability table reports: every component killed at least twice, PostgreSQL and the key
 * vault each held down for two minutes, at least ten minutes under load.
 *
 * @param submissionsPerSecond the steady load offered to intake for the whole run
 * @param killRounds           how many times each component is killed -9
 * @param outage               how long PostgreSQL, then the key vault, is held down
 * @param minimumDuration      the run goes on under load at least this long
 */
record FaultForm(String name, double submissionsPerSecond, int killRounds, Duration outage, Duration minimumDuration) {

    static final String PROPERTY = "faults.form";

    static FaultForm fromSystemProperty() {
        String name = System.getProperty(PROPERTY, "short").trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "short" -> new FaultForm("short", 2.0, 1, Duration.ofSeconds(30), Duration.ZERO);
            case "long" -> new FaultForm("long", 2.0, 2, Duration.ofMinutes(2), Duration.ofMinutes(10));
            default -> throw new IllegalArgumentException(PROPERTY + " is short or long, not " + name);
        };
    }
}
