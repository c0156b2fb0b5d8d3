package be.partenamut.complaints.localstack.infra;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresServerIT {

    @TempDir
    Path data;

    @Test
    void keepsEveryRowAcrossARestartOnTheSameDataDirectory() throws SQLException {
        try (PostgresServer server = PostgresServer.start(data, 0)) {
            try (Connection connection = connect(server, "office")) {
                connection.createStatement().execute("create table kept (value text)");
                connection.createStatement().execute("insert into kept values ('still here')");
            }
        }

        try (PostgresServer restarted = PostgresServer.start(data, 0);
             Connection connection = connect(restarted, "office");
             ResultSet rows = connection.createStatement().executeQuery("select value from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void createsOneDatabasePerService() throws SQLException {
        try (PostgresServer server = PostgresServer.start(null, 0)) {
            for (String database : PostgresServer.SERVICE_DATABASES) {
                try (Connection connection = connect(server, database)) {
                    assertThat(connection.getCatalog()).isEqualTo(database);
                }
            }
        }
    }

    @Test
    void answersACommitOnlyOnceItIsOnDisk() throws SQLException {
        try (PostgresServer server = PostgresServer.start(null, 0);
             Connection connection = connect(server, "intake");
             ResultSet settings = connection.createStatement().executeQuery(
                     "select name, setting from pg_settings where name in ('fsync', 'synchronous_commit') order by name")) {
            assertThat(settings.next()).isTrue();
            assertThat(settings.getString(1) + "=" + settings.getString(2)).isEqualTo("fsync=on");
            assertThat(settings.next()).isTrue();
            assertThat(settings.getString(1) + "=" + settings.getString(2)).isEqualTo("synchronous_commit=on");
        }
    }

    private static Connection connect(PostgresServer server, String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), PostgresServer.USER, "");
    }
}
