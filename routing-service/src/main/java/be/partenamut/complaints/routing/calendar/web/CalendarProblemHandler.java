package be.partenamut.complaints.routing.calendar.web;

import be.partenamut.complaints.support.correlation.Correlation;
import be.partenamut.complaints.support.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A bad calendar query is a 400 {@code validation-failed} naming each parameter, like every other input error. */
@RestControllerAdvice(assignableTypes = DueDateController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CalendarProblemHandler {

    @ExceptionHandler(InvalidCalendarQueryException.class)
    ResponseEntity<ProblemDetail> invalidQuery(InvalidCalendarQueryException exception) {
        ProblemDetail problem = Problems.invalidFields(Problems.VALIDATION_FAILED, "Invalid request",
                exception.problems());
        problem.setProperty(Correlation.MDC_KEY, Correlation.current());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
