package be.partenamut.complaints.localstack.infra;

import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/**
 * PostgreSQL 15 in a container (Testcontainers), set up like the embedded {@link PostgresServer}: user
 * {@code postgres}, the services' databases, room for five services' connection pools, fsync and synchronous_commit on.
 */
final class PostgresContainerServer implements DatabaseServer {

    /** The major version the embedded binaries run. */
    private static final DockerImageName IMAGE = DockerImageName.parse("postgres:15-alpine");

    private final PostgreSQLContainer<?> container;

    private PostgresContainerServer(PostgreSQLContainer<?> container) {
        this.container = container;
    }

    static PostgresContainerServer launch() {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(IMAGE)
                .withUsername(PostgresServer.USER)
                // Tests written against the embedded server connect as postgres with no password
                // (PlaintextScan, for one); trusting connections keeps them working on this
                // throw-away server too. springProperties still passes password().
                .withEnv("POSTGRES_HOST_AUTH_METHOD", "trust")
                // Testcontainers turns fsync off by default; the embedded server keeps it on.
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=on", "-c", "synchronous_commit=on");
        container.start();
        PostgresContainerServer server = new PostgresContainerServer(container);
        server.createDatabases(PostgresServer.SERVICE_DATABASES);
        return server;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + container.getHost() + ":"
                + container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT) + "/" + database;
    }

    @Override
    public String user() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public void createDatabases(List<String> names) {
        try (Connection connection = DriverManager.getConnection(container.getJdbcUrl(), user(), password())) {
            PostgresServer.createMissing(connection, names);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the service databases", e);
        }
    }

    @Override
    public void close() {
        container.stop();
    }
}
