package be.partenamut.complaints.intake.problem;

import be.partenamut.complaints.intake.policy.IntakePolicyProperties;
import be.partenamut.complaints.intake.policy.PolicyMessages;
import be.partenamut.complaints.intake.policy.PolicyRefusedException;
import be.partenamut.complaints.intake.policy.Refusal;
import be.partenamut.complaints.support.correlation.Correlation;
import be.partenamut.complaints.support.problem.FieldProblem;
import be.partenamut.complaints.support.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems intake answers with, the same at every door (HTTP and the channels' Kafka topic):
 * RFC 9457 with a stable {@code type} per failure and, for the policy's refusals, a {@code detail} in
 * the member's language.
 */
@Component
public class IntakeProblems {

    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";
    public static final String SUBMISSION_NOT_REGISTERED = "submission-not-registered";
    public static final String RATE_LIMITED = "rate-limited";
    public static final String REQUEST_TOO_LARGE = "request-too-large";
    public static final String CHANNEL_NOT_ALLOWED = "channel-not-allowed";
    /** The problem property listing the channels the caller may post for. */
    public static final String ALLOWED_CHANNELS = "allowedChannels";
    /** The problem property naming why a complaint cannot be escalated. */
    public static final String REASON = "reason";
    /** The problem property with the day until which the first line answers (ISO date), when it still has time. */
    public static final String FIRST_LINE_DUE_DATE = "firstLineDueDate";
    /** The problem property with the complaints service to write to (a Médecin-Conseil). */
    public static final String WRITE_TO = "writeTo";

    private final PolicyMessages messages;
    private final IntakePolicyProperties policy;

    public IntakeProblems(PolicyMessages messages, IntakePolicyProperties policy) {
        this.messages = messages;
        this.policy = policy;
    }

    /** 422, in the member's language; for a Médecin-Conseil with where to write, for an escalation with why not. */
    public ProblemDetail refused(PolicyRefusedException refused) {
        Refusal refusal = refused.refusal();
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, refusal.slug(),
                messages.title(refusal, refused.language()),
                messages.detail(refused, refused.language()));
        problem.setProperty("language", refused.language().code());
        if (refused.notEscalableReason() != null) {
            problem.setProperty(REASON, refused.notEscalableReason().code());
        }
        if (refused.receiptDateProblem() != null) {
            problem.setProperty(REASON, refused.receiptDateProblem().code());
        }
        if (refused.firstLineDueDate() != null) {
            problem.setProperty(FIRST_LINE_DUE_DATE, refused.firstLineDueDate().toString());
        }
        if (refusal == Refusal.MEDICAL_ADVISOR) {
            IntakePolicyProperties.ComplaintsOffice office = policy.medicalAdvisorComplaints();
            Map<String, Object> writeTo = new LinkedHashMap<>();
            writeTo.put("name", office.name());
            writeTo.put("street", office.street());
            writeTo.put("postalCode", office.postalCode());
            writeTo.put("city", office.city());
            writeTo.put("address", office.postalAddress());
            writeTo.put("web", office.web());
            writeTo.put("inWriting", true);
            problem.setProperty(WRITE_TO, writeTo);
        }
        return withCorrelation(problem);
    }

    public ProblemDetail idempotencyKeyReused() {
        return withCorrelation(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, IDEMPOTENCY_KEY_REUSED,
                "Idempotency key reused", "This Idempotency-Key was already used for a different complaint. Send a new"
                        + " complaint with a new key; repeat a complaint only with its exact content."));
    }

    /** 403: the caller may not post for the submission's channel; names those it may post for. */
    public ProblemDetail channelNotAllowed(String channel, List<String> allowedChannels, String detail) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, CHANNEL_NOT_ALLOWED, "Channel not allowed", detail);
        problem.setProperty("channel", channel);
        problem.setProperty(ALLOWED_CHANNELS, allowedChannels);
        return withCorrelation(problem);
    }

    public ProblemDetail notRegistered(boolean withIdempotencyKey) {
        return notRegistered(withIdempotencyKey
                ? "The complaint could not be registered now. Retry later with the same Idempotency-Key:"
                        + " it will be registered once, under the same reference."
                : "The complaint could not be registered now. Retry later, and send an Idempotency-Key header"
                        + " so that a retry can never register it twice.");
    }

    public ProblemDetail notRegistered(String detail) {
        return withCorrelation(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, SUBMISSION_NOT_REGISTERED,
                "Submission not registered", detail));
    }

    public ProblemDetail invalid(String slug, List<FieldProblem> errors) {
        return withCorrelation(Problems.invalidFields(slug, "Invalid request", errors));
    }

    public ProblemDetail tooLarge(DataSize limit) {
        return withCorrelation(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, REQUEST_TOO_LARGE, "Request too large",
                "The request body is larger than " + limit.toKilobytes() + " KB."));
    }

    public static ProblemDetail rateLimited(long retryAfterSeconds) {
        return withCorrelation(Problems.of(HttpStatus.TOO_MANY_REQUESTS, RATE_LIMITED, "Too many requests",
                "Too many requests from this client. Retry after " + retryAfterSeconds + " seconds."));
    }

    /** The last segment of the problem's type, or {@code other}: what metrics count refusals by. */
    public static String slug(ProblemDetail problem) {
        String type = String.valueOf(problem.getType());
        return type.startsWith(Problems.TYPE_BASE) ? type.substring(Problems.TYPE_BASE.length()) : "other";
    }

    private static ProblemDetail withCorrelation(ProblemDetail problem) {
        problem.setProperty(Correlation.MDC_KEY, Correlation.current());
        return problem;
    }
}
