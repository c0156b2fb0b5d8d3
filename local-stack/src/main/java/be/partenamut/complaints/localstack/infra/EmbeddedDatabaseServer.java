package be.partenamut.complaints.localstack.infra;

import java.util.List;

/** The embedded {@link PostgresServer} (zonky binaries, nothing installed) as a {@link DatabaseServer}. */
final class EmbeddedDatabaseServer implements DatabaseServer {

    private final PostgresServer server;

    private EmbeddedDatabaseServer(PostgresServer server) {
        this.server = server;
    }

    /** A throw-away server on a free port, holding the services' databases. */
    static EmbeddedDatabaseServer launch() {
        return new EmbeddedDatabaseServer(PostgresServer.start(null, 0));
    }

    @Override
    public String jdbcUrl(String database) {
        return server.jdbcUrl(database);
    }

    @Override
    public String user() {
        return PostgresServer.USER;
    }

    /** The embedded server trusts local connections: no password. */
    @Override
    public String password() {
        return "";
    }

    @Override
    public void createDatabases(List<String> names) {
        server.createDatabases(names);
    }

    @Override
    public void close() {
        server.close();
    }
}
