package be.partenamut.complaints.localstack;

import be.partenamut.complaints.localstack.infra.Database;
import be.partenamut.complaints.localstack.infra.PostgresServer;
import be.partenamut.complaints.localstack.infra.StandalonePostgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A PostgreSQL server ({@link PostgresServer}, so with every commit on disk) run by
 * {@link StandalonePostgres} in a JVM of its own. Its postmaster is started by {@code pg_ctl} and so
 * is not below that JVM in the process tree: it is found through its data directory's
 * {@code postmaster.pid}, and a kill takes it and every process below it.
 */
public final class PostgresProcess extends ServerProcess implements Database {

    /** The JVM only holds the embedded server's lock and stop hook; PostgreSQL's memory is its own. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Dlogback.configurationFile=standalone-server-logback.xml");

    private final Path dataDirectory;
    private final List<String> databases;

    private PostgresProcess(String name, Path dataDirectory, int port, List<String> databases, Path logFile) {
        super(name, StandalonePostgres.class.getName(), port, JVM_OPTIONS, logFile);
        this.dataDirectory = dataDirectory;
        this.databases = List.copyOf(databases);
    }

    /**
     * A server named {@code name} keeping its data in {@code dataDirectory}, on {@code port} (0: a free
     * port chosen on the first start, kept for every later one), holding {@code databases}. Not started yet.
     */
    public static PostgresProcess create(String name, Path dataDirectory, int port, List<String> databases,
                                         Path logFile) {
        return new PostgresProcess(name, dataDirectory, port, databases, logFile);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public String user() {
        return PostgresServer.USER;
    }

    @Override
    List<String> arguments(int port, Path portFile) {
        List<String> arguments = new ArrayList<>(List.of(dataDirectory.toString(), String.valueOf(port), portFile.toString()));
        arguments.addAll(databases);
        return arguments;
    }

    /** A JDBC connection succeeds: after a crash, that is once PostgreSQL's recovery has replayed its WAL. */
    @Override
    boolean acceptsWork() {
        Properties login = new Properties();
        login.setProperty("user", user());
        login.setProperty("password", "");
        login.setProperty("connectTimeout", "3");
        login.setProperty("socketTimeout", "10");
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), login)) {
            return connection.isValid(5);
        } catch (SQLException notYet) {
            return false;
        }
    }

    @Override
    List<ProcessHandle> detachedProcesses() {
        return StandalonePostgres.postmaster(dataDirectory).stream().toList();
    }
}
