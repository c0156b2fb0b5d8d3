package be.partenamut.complaints.support.problem;

import be.partenamut.complaints.support.correlation.Correlation;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;

/**
 * Turns every failure of the HTTP layer into {@code application/problem+json}: bad input is a 400
 * naming the fields, never a stack trace; a part the service depends on being away (its database, the
 * key vault, Kafka: {@link InfrastructureFailures}) is a 503 with Retry-After, whatever wraps it;
 * anything else unexpected is a 500 carrying only the correlation id operations need to find it in the
 * logs. Services handle their own domain failures in advice of higher precedence.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class CommonProblemHandler extends ResponseEntityExceptionHandler {

    /** Seconds a caller should wait before trying again a request refused because a dependency is away. */
    public static final String RETRY_AFTER_SECONDS = "10";

    private static final Logger log = LoggerFactory.getLogger(CommonProblemHandler.class);

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.invalidFields(Problems.MALFORMED_REQUEST, "Unreadable request body",
                JsonReadingFailures.of(ex));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getBindingResult().getAllErrors().stream()
                .map(error -> new FieldProblem(
                        error instanceof FieldError field ? field.getField() : null, error.getDefaultMessage()))
                .toList();
        return handleExceptionInternal(ex, validationFailed(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return handleExceptionInternal(ex, validationFailed(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex, WebRequest request) {
        ProblemDetail problem = validationFailed(List.of(new FieldProblem(ex.getName(),
                "'" + ex.getValue() + "' is not a valid " + JsonReadingFailures.expected(ex.getRequiredType()))));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> handleConstraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .toList();
        return handleExceptionInternal(ex, validationFailed(errors), new HttpHeaders(), HttpStatus.BAD_REQUEST,
                request);
    }

    /**
     * Spring Security answers these itself (401 or 403, as problem+json): rethrowing the very same
     * exception lets it through to the security filters instead of the catch-all below.
     */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void leaveToSecurity(RuntimeException securityException) {
        throw securityException;
    }

    /** A request that waited too long for an asynchronous result: 503, to be tried again. */
    @Override
    protected ResponseEntity<Object> handleAsyncRequestTimeoutException(AsyncRequestTimeoutException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        return super.handleAsyncRequestTimeoutException(ex, headers, status, request);
    }

    /**
     * Anything no other handler took: a 503 with Retry-After when a dependency is away (nothing is wrong
     * with the request, a retry may succeed), otherwise a 500. Public so that a service's own advice can
     * hand over what it does not recognise as its own failure.
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        if (InfrastructureFailures.isTransient(ex)) {
            log.warn("Request not served, a dependency is away: {}",
                    NestedExceptionUtils.getMostSpecificCause(ex).toString());
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            return handleExceptionInternal(ex, unavailable(), headers, HttpStatus.SERVICE_UNAVAILABLE, request);
        }
        log.error("Unexpected failure while serving a request", ex);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, Problems.INTERNAL_ERROR,
                "Internal error", "The request could not be completed. Operations can trace it with its correlation id.");
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /** Every problem carries the correlation id, so a caller can quote it to operations. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body,
            HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        Object problemBody = body;
        if (problemBody == null && ex instanceof ErrorResponse standard) {
            // Spring's own exceptions (404, 405, a missing parameter...) come without a body: make it here.
            problemBody = standard.updateAndGetBody(getMessageSource(), LocaleContextHolder.getLocale());
        }
        if (problemBody instanceof ProblemDetail problem) {
            problem.setProperty(Correlation.MDC_KEY, Correlation.current());
        }
        return super.handleExceptionInternal(ex, problemBody, headers, statusCode, request);
    }

    private static ProblemDetail unavailable() {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, Problems.SERVICE_UNAVAILABLE, "Service unavailable",
                "The request could not be served now: nothing was changed. Retry after "
                        + RETRY_AFTER_SECONDS + " seconds.");
    }

    private static ProblemDetail validationFailed(List<FieldProblem> errors) {
        return Problems.invalidFields(Problems.VALIDATION_FAILED, "Invalid request", errors);
    }
}
