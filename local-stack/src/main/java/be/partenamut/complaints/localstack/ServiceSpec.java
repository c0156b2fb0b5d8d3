package be.partenamut.complaints.localstack;

import java.util.List;

/**
 * One of the five services as the stack runs it.
 *
 * @param name     the Maven module, also the name of its runnable jar
 * @param port     its HTTP port in the local stack
 * @param database its own PostgreSQL database
 * @param usesMail whether it talks to the SMTP server
 * @param sealsPersonalData whether it seals or opens personal data, and so needs the key vault and the master key
 */
public record ServiceSpec(String name, int port, String database, boolean usesMail, boolean sealsPersonalData) {

    /** The services in the order of the port table: 8080 to 8084. */
    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("complaints-office-service", 8080, "office", false, true),
            new ServiceSpec("intake-service", 8081, "intake", false, true),
            new ServiceSpec("routing-service", 8082, "routing", false, false),
            new ServiceSpec("notification-service", 8083, "notification", true, true),
            new ServiceSpec("analytics-service", 8084, "analytics", false, false));

    public static ServiceSpec named(String name) {
        return ALL.stream().filter(spec -> spec.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service named " + name));
    }
}
