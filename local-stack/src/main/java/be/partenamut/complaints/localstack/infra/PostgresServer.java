package be.partenamut.complaints.localstack.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * A real PostgreSQL 15 server from the embedded binaries on Maven Central: nothing to install.
 * One server holds one database per service; no service reads another's tables.
 */
public final class PostgresServer implements Database, AutoCloseable {

    public static final String USER = "postgres";
    /** Each service's own database, and the key vault's. */
    public static final List<String> SERVICE_DATABASES =
            List.of("intake", "office", "routing", "notification", "analytics", "keyvault");

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server on {@code port} (0: any free port) keeping its data in {@code dataDirectory}
     * (null: a throw-away directory), and creates the services' databases if they are missing.
     */
    public static PostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, SERVICE_DATABASES);
    }

    /** As {@link #start(Path, int)}, creating {@code databases} instead of the services' ones. */
    public static PostgresServer start(Path dataDirectory, int port, List<String> databases) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    // PostgreSQL cannot be told to bind port 0 and report it: for 0 the builder picks
                    // a free port itself just before starting the server, and port() tells which.
                    .setPort(port)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // Five services with their connection pools share this one server.
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "on")
                    // The embedded builder turns synchronous_commit off by default: a commit would then be
                    // answered before its WAL is on disk, and a crash of PostgreSQL could lose a complaint
                    // already answered 202. Every commit waits for its WAL flush, as in production.
                    .setServerConfig("synchronous_commit", "on");
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            PostgresServer server = new PostgresServer(builder.start());
            server.createDatabases(databases);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    @Override
    public int port() {
        return postgres.getPort();
    }

    @Override
    public String user() {
        return USER;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates each database unless it exists; a restart on kept data must not fail here. */
    public void createDatabases(List<String> names) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            createMissing(connection, names);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the service databases", e);
        }
    }

    /** Creates each database that {@code connection}'s server does not have yet: for any PostgreSQL server. */
    static void createMissing(Connection connection, List<String> names) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?");
             Statement create = connection.createStatement()) {
            for (String name : names) {
                exists.setString(1, name);
                try (ResultSet rows = exists.executeQuery()) {
                    if (!rows.next()) {
                        create.execute("create database " + name);
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not stop cleanly", e);
        }
    }
}
