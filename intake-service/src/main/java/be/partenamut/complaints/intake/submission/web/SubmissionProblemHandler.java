package be.partenamut.complaints.intake.submission.web;

import be.partenamut.complaints.intake.submission.IdempotencyKeyReusedException;
import be.partenamut.complaints.intake.submission.SubmissionMetrics;
import be.partenamut.complaints.intake.submission.SubmissionNotRegisteredException;
import be.partenamut.complaints.support.correlation.Correlation;
import be.partenamut.complaints.support.problem.CommonProblemHandler;
import be.partenamut.complaints.support.problem.FieldProblem;
import be.partenamut.complaints.support.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;

import java.util.List;

/**
 * The submission's own failures as problem+json, and a count of every refused submission by the
 * problem type the caller got. Bad input is still described by the shared {@link CommonProblemHandler}.
 */
@RestControllerAdvice(assignableTypes = SubmissionController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubmissionProblemHandler {

    static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";
    static final String SUBMISSION_NOT_REGISTERED = "submission-not-registered";
    /** Seconds a caller should wait before retrying a submission that was not registered. */
    static final String RETRY_AFTER_SECONDS = "10";

    private final CommonProblemHandler common;
    private final SubmissionMetrics metrics;

    SubmissionProblemHandler(CommonProblemHandler common, SubmissionMetrics metrics) {
        this.common = common;
        this.metrics = metrics;
    }

    @ExceptionHandler({MethodArgumentNotValidException.class, HandlerMethodValidationException.class,
            HttpMessageNotReadableException.class, HttpMediaTypeNotSupportedException.class})
    ResponseEntity<Object> badInput(Exception ex, WebRequest request) throws Exception {
        ResponseEntity<Object> response = common.handleException(ex, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            metrics.refuse(slug(problem));
        }
        return response;
    }

    @ExceptionHandler(InvalidIdempotencyKeyException.class)
    ResponseEntity<ProblemDetail> invalidIdempotencyKey() {
        return refuse(Problems.invalidFields(Problems.VALIDATION_FAILED, "Invalid request", List.of(new FieldProblem(
                SubmissionController.IDEMPOTENCY_KEY, "must be 1 to 100 visible ASCII characters"))), new HttpHeaders());
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ResponseEntity<ProblemDetail> idempotencyKeyReused() {
        return refuse(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, IDEMPOTENCY_KEY_REUSED, "Idempotency key reused",
                "This Idempotency-Key was already used for a different complaint. Send a new complaint with a new key;"
                        + " repeat a complaint only with its exact content."), new HttpHeaders());
    }

    @ExceptionHandler(SubmissionNotRegisteredException.class)
    ResponseEntity<ProblemDetail> notRegistered(SubmissionNotRegisteredException ex) {
        return notRegistered(ex.withIdempotencyKey()
                ? "The complaint could not be registered now. Retry later with the same Idempotency-Key:"
                        + " it will be registered once, under the same reference."
                : "The complaint could not be registered now. Retry later, and send an Idempotency-Key header"
                        + " so that a retry can never register it twice.");
    }

    /** The database is unreachable: nothing was registered either. */
    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ProblemDetail> databaseUnavailable() {
        return notRegistered("The complaint could not be registered now. Retry later with the same Idempotency-Key.");
    }

    private ResponseEntity<ProblemDetail> notRegistered(String detail) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return refuse(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, SUBMISSION_NOT_REGISTERED,
                "Submission not registered", detail), headers);
    }

    private ResponseEntity<ProblemDetail> refuse(ProblemDetail problem, HttpHeaders headers) {
        problem.setProperty(Correlation.MDC_KEY, Correlation.current());
        metrics.refuse(slug(problem));
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }

    private static String slug(ProblemDetail problem) {
        String type = String.valueOf(problem.getType());
        return type.startsWith(Problems.TYPE_BASE) ? type.substring(Problems.TYPE_BASE.length()) : "other";
    }
}
