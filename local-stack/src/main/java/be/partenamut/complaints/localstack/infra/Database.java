package be.partenamut.complaints.localstack.infra;

/** A PostgreSQL server as its clients see it: where each database is, and who to log in as. */
public interface Database {

    /** The JDBC URL of {@code database} on this server. */
    String jdbcUrl(String database);

    /** The user every client of the platform logs in as; the server trusts local connections. */
    String user();

    int port();
}
