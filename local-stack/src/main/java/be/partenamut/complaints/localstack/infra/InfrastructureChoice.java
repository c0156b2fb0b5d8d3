package be.partenamut.complaints.localstack.infra;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which PostgreSQL and Kafka the integration tests run on, decided once, here, from the system property
 * {@value #PROPERTY} (the root pom sets it: {@code embedded} by default, {@code containers} with
 * {@code -Pcontainers}).
 *
 * <ul>
 *   <li>{@link #EMBEDDED} (the default): the embedded PostgreSQL and the in-process KRaft broker, from
 *       Maven jars alone; nothing to install, so it runs on every machine.</li>
 *   <li>{@link #CONTAINERS}: Testcontainers' PostgreSQL and Kafka, where a Docker engine is present.
 *       Asked for without one, the tests fail at once with one message: a silent fall back to the
 *       embedded servers would report a containers run that never happened, and a skip is not a test.</li>
 * </ul>
 * SMTP is GreenMail in-process on both paths: it is a real SMTP server already.
 */
public enum InfrastructureChoice {

    EMBEDDED,
    CONTAINERS;

    public static final String PROPERTY = "complaints.test.infrastructure";

    /** The choice this JVM was started with. */
    public static InfrastructureChoice fromSystemProperty() {
        return choose(System.getProperty(PROPERTY), DockerEngine.testcontainers());
    }

    /**
     * {@code requested} is a value of {@value #PROPERTY} (null or blank: the default, embedded). The
     * Docker engine is asked only when containers are requested.
     */
    public static InfrastructureChoice choose(String requested, DockerEngine docker) {
        InfrastructureChoice choice = parse(requested);
        if (choice == CONTAINERS && !docker.isAvailable()) {
            throw new IllegalStateException("No Docker engine was found, but " + PROPERTY + "=containers"
                    + " (-Pcontainers) asks for the integration tests' PostgreSQL and Kafka in containers."
                    + " Start a Docker engine, or run without -Pcontainers: the default embedded"
                    + " infrastructure needs no Docker engine and nothing installed.");
        }
        return choice;
    }

    /** The value of {@value #PROPERTY} that selects this choice. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static InfrastructureChoice parse(String requested) {
        if (requested == null || requested.isBlank()) {
            return EMBEDDED;
        }
        String value = requested.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(choice -> choice.value().equals(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown " + PROPERTY + " '" + requested
                        + "'; valid values: " + Arrays.stream(values()).map(InfrastructureChoice::value)
                        .collect(Collectors.joining(", ")) + " (default embedded)."));
    }
}
