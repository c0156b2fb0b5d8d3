package be.partenamut.complaints.support.problem;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/**
 * RFC 9457 problem details with a stable {@code type} per failure, so that a channel system can
 * react to the kind of error without parsing the human {@code detail}.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://complaints.partenamut.be/problems/";
    public static final String ERRORS = "errors";

    public static final String MALFORMED_REQUEST = "malformed-request";
    public static final String VALIDATION_FAILED = "validation-failed";
    public static final String INTERNAL_ERROR = "internal-error";
    /** 503: a part the service depends on is away for now; the same request may be sent again later. */
    public static final String SERVICE_UNAVAILABLE = "service-unavailable";
    public static final String UNAUTHENTICATED = "unauthenticated";
    public static final String FORBIDDEN = "forbidden";

    private Problems() {
    }

    public static URI type(String slug) {
        return URI.create(TYPE_BASE + slug);
    }

    public static ProblemDetail of(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug));
        problem.setTitle(title);
        return problem;
    }

    /** A 400 naming each field that is wrong and why. */
    public static ProblemDetail invalidFields(String slug, String title, List<FieldProblem> errors) {
        ProblemDetail problem = of(HttpStatusCode.valueOf(400), slug, title, describe(errors));
        problem.setProperty(ERRORS, errors);
        return problem;
    }

    private static String describe(List<FieldProblem> errors) {
        return errors.stream()
                .map(error -> error.field() == null ? error.message() : error.field() + ": " + error.message())
                .reduce((a, b) -> a + "; " + b)
                .orElse("The request is invalid.");
    }
}
