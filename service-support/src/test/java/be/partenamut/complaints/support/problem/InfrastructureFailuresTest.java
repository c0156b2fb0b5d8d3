package be.partenamut.complaints.support.problem;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.kafka.KafkaException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.context.request.ServletWebRequest;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures are a dependency away (503, retry later) and which are faults (500), however wrapped. */
class InfrastructureFailuresTest {

    /** What HikariCP throws when no connection frees up within its timeout, the pool exhausted or the server gone. */
    private static final SQLTransientConnectionException POOL_TIMEOUT = new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 500ms (total=10, active=10)");

    @Test
    void aConnectionPoolTimeoutIsAnOutageWhereverSpringReportsIt() {
        assertThat(InfrastructureFailures.isTransient(
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", POOL_TIMEOUT))).isTrue();
        assertThat(InfrastructureFailures.isTransient(
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction", POOL_TIMEOUT)))
                .isTrue();
    }

    @Test
    void aConnectionDroppedAtCommitIsAnOutageEvenUncategorised() {
        SQLException dropped = new SQLException("An I/O error occurred while sending to the backend.", "08006");
        SQLException shutDown = new SQLException("terminating connection due to administrator command", "57P01");

        assertThat(InfrastructureFailures.isTransient(
                new TransactionSystemException("Could not commit JDBC transaction", dropped))).isTrue();
        assertThat(InfrastructureFailures.isTransient(new UncategorizedSQLException("commit", null, shutDown))).isTrue();
        assertThat(InfrastructureFailures.isTransient(new IllegalStateException("stored nothing",
                new SQLException("too many clients already", "53300")))).isTrue();
    }

    /**
     * Seen under a burst while PostgreSQL dropped its connections: the statement failed on a broken pipe, then
     * the rollback failed on the pool's closed connection (no SQLSTATE), and Spring threw the rollback's failure,
     * keeping the statement's aside as the application exception.
     */
    @Test
    void aRollbackFailingOnAClosedConnectionIsAnOutage() {
        TransactionSystemException rollbackFailed = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollbackFailed.initApplicationException(new DataAccessResourceFailureException(
                "An I/O error occurred while sending to the backend.",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        assertThat(InfrastructureFailures.isTransient(rollbackFailed)).isTrue();
        assertThat(InfrastructureFailures.isTransient(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isTrue();
    }

    @Test
    void aCommitRefusedForItsDataIsNot() {
        assertThat(InfrastructureFailures.isTransient(new TransactionSystemException("Could not commit JDBC transaction",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    }

    @Test
    void aStatementCancelledOrALockTimeoutIsAnOutage() {
        assertThat(InfrastructureFailures.isTransient(new QueryTimeoutException("canceling statement"))).isTrue();
        assertThat(InfrastructureFailures.isTransient(new UncategorizedSQLException("lock", null,
                new SQLException("could not obtain lock", "55P03")))).isTrue();
    }

    @Test
    void kafkaAwayIsAnOutageInsideSpringsWrapper() {
        assertThat(InfrastructureFailures.isTransient(new KafkaException("Send failed",
                new org.apache.kafka.common.errors.TimeoutException("Topic not present in metadata after 5000 ms."))))
                .isTrue();
    }

    @Test
    void aRequestThreadInterruptedByAShutdownIsAnOutage() {
        assertThat(InfrastructureFailures.isTransient(
                new IllegalStateException("interrupted", new InterruptedException()))).isTrue();
    }

    @Test
    void aFaultOfTheRequestOrOfTheCodeIsNot() {
        assertThat(InfrastructureFailures.isTransient(new DuplicateKeyException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(InfrastructureFailures.isTransient(new DataIntegrityViolationException("null value",
                new SQLException("null value in column", "23502")))).isFalse();
        assertThat(InfrastructureFailures.isTransient(new BadSqlGrammarException("select", "select x",
                new SQLException("relation does not exist", "42P01")))).isFalse();
        assertThat(InfrastructureFailures.isTransient(new UncategorizedSQLException("select", null,
                new SQLException("no state")))).isFalse();
        assertThat(InfrastructureFailures.isTransient(new IllegalArgumentException("bad"))).isFalse();
        assertThat(InfrastructureFailures.isTransient(
                new TransactionSystemException("Could not commit", new IllegalStateException("a bug")))).isFalse();
    }

    @Test
    void endsOnACycleOfCauses() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException second = new IllegalArgumentException("second", first);
        first.initCause(second);

        assertThat(InfrastructureFailures.isTransient(first)).isFalse();
    }

    @Test
    void theSharedHandlerAnswers503WithRetryAfterForAnOutageAnd500ForAFault() {
        CommonProblemHandler handler = new CommonProblemHandler();
        ServletWebRequest request = new ServletWebRequest(new MockHttpServletRequest());

        ResponseEntity<Object> outage = handler.handleUnexpected(new IllegalStateException("wrapped",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", POOL_TIMEOUT)), request);
        ResponseEntity<Object> fault = handler.handleUnexpected(new IllegalStateException("a bug"), request);

        assertThat(outage.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(outage.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo(CommonProblemHandler.RETRY_AFTER_SECONDS);
        assertThat(((ProblemDetail) outage.getBody()).getType()).isEqualTo(Problems.type(Problems.SERVICE_UNAVAILABLE));
        assertThat(String.valueOf(outage.getBody())).doesNotContain("JDBC", "Hikari");
        assertThat(fault.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(fault.getHeaders().containsKey(HttpHeaders.RETRY_AFTER)).isFalse();
    }
}
