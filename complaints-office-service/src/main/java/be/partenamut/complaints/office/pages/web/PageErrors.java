package be.partenamut.complaints.office.pages.web;

import be.partenamut.complaints.office.pages.PagePaths;
import be.partenamut.complaints.office.pages.SignedInStaff;

import be.partenamut.complaints.office.casework.web.ComplaintNotFoundException;
import be.partenamut.complaints.office.casework.web.NoDepartmentException;
import be.partenamut.complaints.office.complaint.command.ComplaintsServiceOnlyException;
import be.partenamut.complaints.office.complaint.command.OutsideDepartmentException;
import be.partenamut.complaints.office.complaint.command.TransitionRefusedException;
import be.partenamut.complaints.personaldata.PersonalDataUnavailableException;
import be.partenamut.complaints.personaldata.vault.KeyStatus;
import be.partenamut.complaints.support.correlation.Correlation;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.ModelAndView;


/**
 * Failures of the pages' controllers, answered as pages in the staff's language (template {@code error.html},
 * message {@code messageKey}), never as a stack trace or problem+json: another department's complaint is a 403
 * "not your department", an unknown complaint a 404, a refused or concurrent change a 409. The API keeps its
 * problem+json ({@code casework.web.OfficeProblemHandler}).
 */
@ControllerAdvice(basePackageClasses = PagePaths.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    /** The template every error page uses; model: {@code status}, {@code messageKey}, {@code correlationId}. */
    public static final String VIEW = "error";

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    /**
     * An error page: {@code messageKey} names the explanation in messages*.properties ({@code error.*}). It carries
     * the layout's model itself ({@link PageModel}'s does not reach an exception handler's page).
     */
    public static ModelAndView page(HttpStatusCode status, String messageKey) {
        ModelAndView page = new ModelAndView(VIEW);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        page.addObject("correlationId", String.valueOf(Correlation.current()));
        page.addObject("signedIn", SignedInStaff.current());
        page.addObject("currentPath", PagePaths.HOME);
        page.setStatus(status);
        return page;
    }

    /**
     * The session's access to another service (analytics) must be renewed at the provider: left to Spring
     * Security's filter, which sends the browser there and back.
     */
    @ExceptionHandler(ClientAuthorizationRequiredException.class)
    void renewAuthorization(ClientAuthorizationRequiredException renew) {
        throw renew;
    }

    @ExceptionHandler(OutsideDepartmentException.class)
    ModelAndView outsideDepartment() {
        return page(HttpStatus.FORBIDDEN, "error.outside-department");
    }

    @ExceptionHandler(ComplaintsServiceOnlyException.class)
    ModelAndView complaintsServiceOnly() {
        return page(HttpStatus.FORBIDDEN, "error.complaints-service-only");
    }

    @ExceptionHandler(NoDepartmentException.class)
    ModelAndView noDepartment() {
        return page(HttpStatus.FORBIDDEN, "error.no-department");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    @ExceptionHandler({ComplaintNotFoundException.class, AggregateNotFoundException.class})
    ModelAndView complaintNotFound() {
        return page(HttpStatus.NOT_FOUND, "error.complaint-not-found");
    }

    @ExceptionHandler(TransitionRefusedException.class)
    ModelAndView transitionRefused() {
        return page(HttpStatus.CONFLICT, "error.transition-refused");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ModelAndView concurrentChange() {
        return page(HttpStatus.CONFLICT, "error.concurrent-change");
    }

    @ExceptionHandler(PersonalDataUnavailableException.class)
    ModelAndView personalDataUnavailable(PersonalDataUnavailableException unavailable) {
        return unavailable.status() == KeyStatus.UNKNOWN
                ? page(HttpStatus.NOT_FOUND, "error.complaint-not-found")
                : page(HttpStatus.CONFLICT, "error.personal-data-erased");
    }

    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class, BindException.class,
            ConstraintViolationException.class, HandlerMethodValidationException.class})
    ModelAndView badRequest(Exception invalid) {
        log.debug("Page request refused: {}", invalid.getMessage());
        return page(HttpStatus.BAD_REQUEST, "error.bad-request");
    }

    /**
     * Anything else: Spring's own refusals (a method not allowed, a status a controller threw) keep their status;
     * only a real failure is a 500, logged with the correlation id the page shows.
     */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception failure) {
        if (failure instanceof ErrorResponse refusal) {
            return page(refusal.getStatusCode(), keyFor(refusal.getStatusCode()));
        }
        log.error("Page failed", failure);
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected");
    }

    /** The explanation of a bare status: the known ones each have theirs. */
    public static String keyFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "error.bad-request";
            case 401 -> "error.sign-in-failed";
            case 403 -> "error.forbidden";
            case 404 -> "error.not-found";
            case 405 -> "error.bad-request";
            case 409 -> "error.transition-refused";
            default -> status.is4xxClientError() ? "error.bad-request" : "error.unexpected";
        };
    }
}
