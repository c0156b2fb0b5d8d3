package be.partenamut.complaints.office.pages.web;

import be.partenamut.complaints.office.pages.PagePaths;
import be.partenamut.complaints.office.pages.SignedInStaff;

import be.partenamut.complaints.support.correlation.Correlation;
import be.partenamut.complaints.support.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address nothing answers: a page for a browser, problem+json for the API ({@code /api/...}), as each door
 * answers its other failures. No controller is involved, so this advice applies to every request.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class UnknownAddresses {

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object notFound(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                    "Nothing answers at this address.");
            problem.setProperty(Correlation.MDC_KEY, Correlation.current());
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return PageErrors.page(HttpStatus.NOT_FOUND, "error.not-found");
    }
}
