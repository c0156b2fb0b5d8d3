package be.partenamut.complaints.intake.outbox;

import be.partenamut.complaints.intake.request.SubmissionNotRegisteredException;
import be.partenamut.complaints.support.problem.InfrastructureFailures;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

import java.util.function.Supplier;

/**
 * Calls the key vault; when its database cannot be reached (or fails, or is overloaded), the request is
 * not registered (503) and nothing has been stored or published. What the vault answers (a key erased or
 * expired) passes through as it is.
 */
public final class KeyVaultCalls {

    private static final Logger log = LoggerFactory.getLogger(KeyVaultCalls.class);

    private KeyVaultCalls() {
    }

    public static <T> T call(Supplier<T> call, boolean withIdempotencyKey) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (!(e instanceof DataAccessException || e instanceof TransactionException
                    || InfrastructureFailures.isTransient(e))) {
                throw e;
            }
            log.warn("Key vault unreachable, submission not registered: {}",
                    NestedExceptionUtils.getMostSpecificCause(e).toString());
            throw SubmissionNotRegisteredException.keyVaultUnavailable(withIdempotencyKey, e);
        }
    }
}
