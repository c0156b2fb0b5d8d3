package be.partenamut.complaints.intake.channel.web;

import be.partenamut.complaints.intake.channel.ChannelNotAllowedException;
import be.partenamut.complaints.intake.policy.PolicyRefusedException;
import be.partenamut.complaints.intake.problem.IntakeProblems;
import be.partenamut.complaints.intake.request.IdempotencyKeyReusedException;
import be.partenamut.complaints.intake.request.SubmissionMetrics;
import be.partenamut.complaints.intake.request.SubmissionNotRegisteredException;
import be.partenamut.complaints.intake.limit.web.RequestTooLargeException;
import be.partenamut.complaints.support.problem.CommonProblemHandler;
import be.partenamut.complaints.support.problem.FieldProblem;
import be.partenamut.complaints.support.problem.InfrastructureFailures;
import be.partenamut.complaints.support.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.TransactionException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

import java.util.List;

/**
 * The submission's own failures as problem+json, and a count of every refused submission by the
 * problem type the caller got. Bad input is still described by the shared {@link CommonProblemHandler},
 * and so is an outage that reaches here wrapped in something else than a data-access or transaction
 * failure (a 503 with Retry-After all the same).
 */
@RestControllerAdvice(assignableTypes = SubmissionController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubmissionProblemHandler {

    /** Seconds a caller should wait before retrying a submission that was not registered. */
    static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger log = LoggerFactory.getLogger(SubmissionProblemHandler.class);

    private final CommonProblemHandler common;
    private final IntakeProblems problems;
    private final SubmissionMetrics metrics;
    private final DataSize maxBodySize;

    SubmissionProblemHandler(CommonProblemHandler common, IntakeProblems problems, SubmissionMetrics metrics,
                             @Value("${complaints.intake.max-body-size:64KB}") DataSize maxBodySize) {
        this.common = common;
        this.problems = problems;
        this.metrics = metrics;
        this.maxBodySize = maxBodySize;
    }

    @ExceptionHandler({MethodArgumentNotValidException.class, HandlerMethodValidationException.class,
            HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<Object> badInput(Exception ex, WebRequest request) throws Exception {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof RequestTooLargeException) {
                ProblemDetail tooLarge = problems.tooLarge(maxBodySize);
                metrics.refuse(IntakeProblems.slug(tooLarge));
                return ResponseEntity.status(tooLarge.getStatus()).body(tooLarge);
            }
        }
        ResponseEntity<Object> response = common.handleException(ex, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            metrics.refuse(IntakeProblems.slug(problem));
        }
        return response;
    }

    /** The policy does not take it: 422 with the reason in the member's language. */
    @ExceptionHandler(PolicyRefusedException.class)
    ResponseEntity<ProblemDetail> refusedByThePolicy(PolicyRefusedException refused) {
        return refuse(problems.refused(refused), new HttpHeaders());
    }

    /** The token's client may not post for this channel: 403, saying which channels it may post for. */
    @ExceptionHandler(ChannelNotAllowedException.class)
    ResponseEntity<ProblemDetail> channelNotAllowed(ChannelNotAllowedException notAllowed) {
        return refuse(problems.channelNotAllowed(notAllowed.channel(),
                notAllowed.allowedChannels(), notAllowed.getMessage()), new HttpHeaders());
    }

    @ExceptionHandler(InvalidIdempotencyKeyException.class)
    ResponseEntity<ProblemDetail> invalidIdempotencyKey() {
        return refuse(problems.invalid(Problems.VALIDATION_FAILED, List.of(new FieldProblem(
                SubmissionController.IDEMPOTENCY_KEY, "must be 1 to 100 visible ASCII characters"))), new HttpHeaders());
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> idempotencyKeyReused() {
        return refuse(problems.idempotencyKeyReused(), new HttpHeaders());
    }

    @ExceptionHandler(SubmissionNotRegisteredException.class)
    ResponseEntity<ProblemDetail> notRegistered(SubmissionNotRegisteredException ex) {
        return notRegistered(problems.notRegistered(ex.withIdempotencyKey()));
    }

    /**
     * Intake's database failed (no connection within the pool's short timeout, one dropped mid-request or
     * at commit, the server shutting down or overloaded): the transaction that stores a submission with
     * its message to publish did not commit, so nothing was registered, and the caller hears so at once
     * rather than after a long wait. A failure of the database that is not an outage (a fault of the code)
     * stays a 500.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ResponseEntity<?> storageFailed(RuntimeException failure, WebRequest request) {
        if (!InfrastructureFailures.isTransient(failure)) {
            return common.handleUnexpected(failure, request);
        }
        log.warn("Submission not registered, intake's database is away: {}",
                NestedExceptionUtils.getMostSpecificCause(failure).toString());
        return notRegistered(problems.notRegistered(
                "The complaint could not be registered now. Retry later with the same Idempotency-Key."));
    }

    private ResponseEntity<ProblemDetail> notRegistered(ProblemDetail problem) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return refuse(problem, headers);
    }

    private ResponseEntity<ProblemDetail> refuse(ProblemDetail problem, HttpHeaders headers) {
        metrics.refuse(IntakeProblems.slug(problem));
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }
}
