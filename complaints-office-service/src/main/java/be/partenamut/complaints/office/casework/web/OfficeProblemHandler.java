package be.partenamut.complaints.office.casework.web;

import be.partenamut.complaints.office.complaint.command.ComplaintsServiceOnlyException;
import be.partenamut.complaints.office.complaint.command.OutsideDepartmentException;
import be.partenamut.complaints.office.complaint.command.Refusal;
import be.partenamut.complaints.office.complaint.command.TransitionRefusedException;
import be.partenamut.complaints.office.privacy.NoPersonalDataHeldException;
import be.partenamut.complaints.personaldata.PersonalDataUnavailableException;
import be.partenamut.complaints.personaldata.vault.KeyStatus;
import be.partenamut.complaints.support.correlation.Correlation;
import be.partenamut.complaints.support.problem.FieldProblem;
import be.partenamut.complaints.support.problem.Problems;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * The office's own failures, in the same problem+json shape as every other error: for the API's controllers
 * ({@code @RestController}); the staff pages answer them as pages ({@code pages.web.PageErrors}).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OfficeProblemHandler {

    static final String TRANSITION_REFUSED = "transition-refused";
    static final String COMPLAINT_NOT_FOUND = "complaint-not-found";
    static final String CONCURRENT_CHANGE = "concurrent-change";
    static final String PERSONAL_DATA_ERASED = "personal-data-erased";
    static final String NO_PERSONAL_DATA = "no-personal-data";
    static final String OUTSIDE_DEPARTMENT = "outside-department";
    static final String NO_DEPARTMENT = "no-department";
    static final String COMPLAINT_CHANGED = "complaint-changed";
    static final String INVALID_VERSION = "invalid-version";
    static final String COMPLAINTS_SERVICE_ONLY = "complaints-service-only";
    static final String UNKNOWN_DEPARTMENT = "unknown-department";
    static final String UNKNOWN_COMPLAINT_REFERENCE = "unknown-complaint-reference";
    static final String RECOMMENDATION_NOT_FOUND = "recommendation-not-found";

    /** 403: an agent acted on an escalated complaint, which only the complaints service acts on. */
    @ExceptionHandler(ComplaintsServiceOnlyException.class)
    ProblemDetail complaintsServiceOnly(ComplaintsServiceOnlyException escalated) {
        return problem(HttpStatus.FORBIDDEN, COMPLAINTS_SERVICE_ONLY, "With the complaints service",
                escalated.getMessage());
    }

    /**
     * 400: a department that may not be asked for input (unknown, or the complaints service itself): the same
     * problem as a recommendation to a department nobody knows, the field at fault named.
     */
    @ExceptionHandler(UnknownDepartmentException.class)
    ProblemDetail unknownDepartment(UnknownDepartmentException unknown) {
        ProblemDetail problem = Problems.invalidFields(UNKNOWN_DEPARTMENT, "Unknown department",
                List.of(new FieldProblem("department", unknown.getMessage())));
        problem.setProperty("department", unknown.department());
        return problem;
    }
    static final String INVALID_RECEIPT_DATE = "invalid-receipt-date";

    /** 409: the command makes no sense in the complaint's state; {@code reason} says why, stably. */
    @ExceptionHandler(TransitionRefusedException.class)
    ProblemDetail refused(TransitionRefusedException refused) {
        if (refused.refusal() == Refusal.ESCALATION_RECEIVED_BEFORE_COMPLAINT) {
            return receiptDateRefused(ReceiptDateRefusedException.beforeTheComplaint());
        }
        ProblemDetail problem = switch (refused.refusal()) {
            // Not the complaint's state but the request: a department nobody knows, a recommendation it has not.
            case UNKNOWN_DEPARTMENT -> Problems.invalidFields(UNKNOWN_DEPARTMENT, "Unknown department",
                    List.of(new FieldProblem("department", refused.getMessage())));
            case UNKNOWN_RECOMMENDATION -> problem(HttpStatus.NOT_FOUND, RECOMMENDATION_NOT_FOUND,
                    "Recommendation not found", refused.getMessage());
            default -> problem(HttpStatus.CONFLICT, TRANSITION_REFUSED, "Transition refused", refused.getMessage());
        };
        problem.setProperty("reason", refused.refusal().code());
        problem.setProperty(Correlation.MDC_KEY, Correlation.current());
        return problem;
    }

    /** 422: a recommendation names a motivating complaint by a reference the office does not know. */
    @ExceptionHandler(UnknownMotivatingComplaintException.class)
    ProblemDetail unknownMotivatingComplaint(UnknownMotivatingComplaintException unknown) {
        ProblemDetail problem = Problems.invalidFields(UNKNOWN_COMPLAINT_REFERENCE, "Unknown complaint reference",
                List.of(new FieldProblem(unknown.field(), unknown.getMessage())));
        problem.setProperty(Correlation.MDC_KEY, Correlation.current());
        return problem;
    }

    /** 422: the date of receipt given for an escalation cannot be (future, or before the complaint's receipt). */
    @ExceptionHandler(ReceiptDateRefusedException.class)
    ProblemDetail receiptDateRefused(ReceiptDateRefusedException refused) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_ENTITY, INVALID_RECEIPT_DATE, "Invalid date of receipt",
                refused.getMessage());
        problem.setProperty("reason", refused.reason());
        return problem;
    }

    @ExceptionHandler({ComplaintNotFoundException.class, AggregateNotFoundException.class})
    ProblemDetail notFound(RuntimeException notFound) {
        String detail = notFound instanceof ComplaintNotFoundException ? notFound.getMessage() : "No complaint has this id.";
        return problem(HttpStatus.NOT_FOUND, COMPLAINT_NOT_FOUND, "Complaint not found", detail);
    }

    /** 409 when the key is gone: staff can no longer add texts to an erased complaint. */
    @ExceptionHandler(PersonalDataUnavailableException.class)
    ProblemDetail personalDataUnavailable(PersonalDataUnavailableException unavailable) {
        if (unavailable.status() == KeyStatus.UNKNOWN) {
            return problem(HttpStatus.NOT_FOUND, COMPLAINT_NOT_FOUND, "Complaint not found", "No complaint has this id.");
        }
        return problem(HttpStatus.CONFLICT, PERSONAL_DATA_ERASED, "Personal data erased",
                "The personal data of this complaint is erased: no text can be added to it any more."
                        + " It can still be closed without a reason.");
    }

    @ExceptionHandler(NoPersonalDataHeldException.class)
    ProblemDetail noPersonalDataHeld(NoPersonalDataHeldException none) {
        return problem(HttpStatus.NOT_FOUND, NO_PERSONAL_DATA, "No personal data", none.getMessage());
    }

    /** 403: an agent asked for a complaint, or a queue, of another department than their own. */
    @ExceptionHandler(OutsideDepartmentException.class)
    ProblemDetail outsideDepartment(OutsideDepartmentException outside) {
        return problem(HttpStatus.FORBIDDEN, OUTSIDE_DEPARTMENT, "Not your department's", outside.getMessage());
    }

    /** 403: an agent's token names no department, so no queue is theirs. */
    @ExceptionHandler(NoDepartmentException.class)
    ProblemDetail noDepartment(NoDepartmentException none) {
        return problem(HttpStatus.FORBIDDEN, NO_DEPARTMENT, "No department", none.getMessage());
    }

    /** 400: a queue's filter or cursor holds a value that names nothing, or a queue name that is none. */
    @ExceptionHandler(InvalidQueueRequestException.class)
    ProblemDetail invalidQueueRequest(InvalidQueueRequestException invalid) {
        ProblemDetail problem = Problems.invalidFields(Problems.VALIDATION_FAILED, "Invalid request",
                List.of(new FieldProblem(invalid.parameter(), invalid.getMessage())));
        problem.setProperty(Correlation.MDC_KEY, Correlation.current());
        return problem;
    }

    /**
     * 412 (the request's If-Match) or 409 (its expectedVersion): the complaint changed since its sender saw it,
     * and nothing was applied. Lists what changed (type, who, when, and the facts of each entry, never a
     * personal text) and gives the current version as ETag, to act again knowingly.
     */
    @ExceptionHandler(ComplaintChangedMeanwhile.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(ComplaintChangedMeanwhile changed) {
        HttpStatus status = changed.expected().fromIfMatch() ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
        ProblemDetail problem = problem(status, COMPLAINT_CHANGED, "Changed in the meantime", changed.getMessage());
        problem.setProperty("expectedVersion", changed.expected().version());
        problem.setProperty("currentVersion", changed.current().version());
        problem.setProperty("changes", changed.changes());
        return ResponseEntity.status(status).eTag(ExpectedVersion.etag(changed.current().version())).body(problem);
    }

    @ExceptionHandler(InvalidVersionException.class)
    ProblemDetail invalidVersion(InvalidVersionException invalid) {
        return problem(HttpStatus.BAD_REQUEST, INVALID_VERSION, "Invalid version", invalid.getMessage());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException conflict) {
        return problem(HttpStatus.CONFLICT, CONCURRENT_CHANGE, "Changed meanwhile",
                "Someone changed this complaint at the same moment. Reload it and try again.");
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = Problems.of(status, type, title, detail);
        problem.setProperty(Correlation.MDC_KEY, Correlation.current());
        return problem;
    }
}
