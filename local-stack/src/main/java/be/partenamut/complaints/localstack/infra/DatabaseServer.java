package be.partenamut.complaints.localstack.infra;

import java.util.List;

/**
 * A PostgreSQL server the integration tests share: one database per service on one server, reached
 * with one user and password. Either the embedded server or a container (see {@link InfrastructureChoice}).
 */
public interface DatabaseServer extends AutoCloseable {

    /** The JDBC URL of {@code database} on this server. */
    String jdbcUrl(String database);

    String user();

    String password();

    /** Creates each database unless it exists. */
    void createDatabases(List<String> names);

    @Override
    void close();
}
