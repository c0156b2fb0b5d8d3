package be.partenamut.complaints.support.problem;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.TransactionTimedOutException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure of what a service stands on (its database or the key vault's away, dropping
 * connections or overloaded; Kafka unreachable; the request's thread interrupted by a shutdown) from a
 * fault of the request or of the code. The first kind is answered 503 with Retry-After: nothing was
 * done, and the same request may succeed a little later. The second stays a 500.
 * <p>
 * The whole chain of causes is read, because the same outage reaches a handler under many wrappers:
 * a pool timeout as Spring's {@code CannotGetJdbcConnectionException} or
 * {@code CannotCreateTransactionException}, a dropped connection at commit or rollback as a
 * {@code TransactionSystemException} ("JDBC rollback failed": the pool's "Connection is closed", the
 * request's own failure kept aside) or an {@code UncategorizedSQLException} around PostgreSQL's
 * SQLSTATE, a broker away as Kafka's {@code TimeoutException} inside Spring's {@code KafkaException}.
 */
public final class InfrastructureFailures {

    /**
     * SQLSTATE classes of PostgreSQL (and the SQL standard) that mean the server, not the statement:
     * 08 connection exception, 53 insufficient resources (too many connections), 57 operator
     * intervention (shutdown, crash, statement cancelled, not accepting connections yet), 58 system error.
     */
    private static final Set<String> UNAVAILABLE_SQL_STATE_CLASSES = Set.of("08", "53", "57", "58");
    /** Serialization failure, deadlock, lock not available: the same transaction succeeds when tried again. */
    private static final Set<String> RETRYABLE_SQL_STATES = Set.of("40001", "40P01", "55P03");
    /** Causes read at most: a chain is short; a longer one is a cycle a library made. */
    private static final int MAX_DEPTH = 32;

    private InfrastructureFailures() {
    }

    /** Whether {@code failure}, or any of its causes, says a part the service depends on is away for now. */
    public static boolean isTransient(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < MAX_DEPTH && seen.add(cause);
             cause = cause.getCause(), depth++) {
            if (isTransientItself(cause)) {
                return true;
            }
            if (cause instanceof TransactionSystemException transactionSystem
                    && failedOnItsConnection(transactionSystem)) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null
                    && isTransientItself(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransientItself(Throwable failure) {
        return failure instanceof DataAccessResourceFailureException // CannotGetJdbcConnectionException included
                || failure instanceof TransientDataAccessException   // query timeout, lock, serialization
                || failure instanceof RecoverableDataAccessException
                || failure instanceof CannotCreateTransactionException
                || failure instanceof TransactionTimedOutException
                || failure instanceof SQLTransientException           // HikariCP's pool timeout included
                || failure instanceof SQLRecoverableException
                || failure instanceof SQLNonTransientConnectionException
                || (failure instanceof SQLException sql && unavailableState(sql.getSQLState()))
                || failure instanceof org.apache.kafka.common.errors.RetriableException // TimeoutException included
                || failure instanceof org.apache.kafka.common.errors.InterruptException
                || failure instanceof InterruptedException
                || failure instanceof ConnectException
                || failure instanceof NoRouteToHostException
                || failure instanceof SocketTimeoutException;
    }

    /**
     * A commit or a rollback that failed on the connection itself: the pool's "Connection is closed" once
     * the server dropped it has no SQLSTATE at all, and a commit or a rollback has no statement that could
     * be wrong. A rollback that fails this way also hides the request's own failure, which Spring keeps as
     * the application exception: read too, it is the outage that made the transaction roll back.
     */
    private static boolean failedOnItsConnection(TransactionSystemException failure) {
        Throwable application = failure.getApplicationException();
        if (application != null && application != failure && isTransient(application)) {
            return true;
        }
        return failure.getCause() instanceof SQLException sql && sql.getSQLState() == null;
    }

    private static boolean unavailableState(String sqlState) {
        return sqlState != null && sqlState.length() >= 2
                && (UNAVAILABLE_SQL_STATE_CLASSES.contains(sqlState.substring(0, 2))
                        || RETRYABLE_SQL_STATES.contains(sqlState));
    }
}
