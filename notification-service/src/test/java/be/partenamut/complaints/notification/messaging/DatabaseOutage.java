package be.partenamut.complaints.notification.messaging;

import be.partenamut.complaints.localstack.infra.DatabaseServer;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real outage of one database of the shared PostgreSQL (the service's own, or the key vault's):
 * PostgreSQL refuses every new connection to it and ends the open ones, as when that database is down;
 * the other databases stay up. Closing it lets connections in again.
 */
record DatabaseOutage(String database) implements AutoCloseable {

    static DatabaseOutage of(String database) throws SQLException {
        admin("alter database " + database + " with allow_connections false",
                "select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
        return new DatabaseOutage(database);
    }

    @Override
    public void close() throws SQLException {
        admin("alter database " + database + " with allow_connections true");
    }

    private static void admin(String... statements) throws SQLException {
        DatabaseServer postgres = SharedInfrastructure.postgres();
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(),
                postgres.password()); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
