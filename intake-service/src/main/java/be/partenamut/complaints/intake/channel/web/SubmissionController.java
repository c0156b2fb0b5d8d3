package be.partenamut.complaints.intake.channel.web;

import be.partenamut.complaints.intake.channel.ChannelPermission;
import be.partenamut.complaints.intake.desk.IntakeDesk;
import be.partenamut.complaints.intake.request.ComplaintSubmission;
import be.partenamut.complaints.intake.request.SubmissionReceipt;
import be.partenamut.complaints.support.security.StaffMember;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.regex.Pattern;

/**
 * The door for channel systems. 202 means the complaint is handed to the complaints office and
 * will be registered under the returned id and reference. Each system calls with its own access token
 * (client credentials) and posts for the channels the token names ({@link ChannelPermission}); the public web
 * form has its own door ({@code /}).
 */
@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaints", description = "Where channel systems (agency counter, Service Center, email, mail room) post complaints,"
        + " each with its access token (client credentials), for its own channels")
public class SubmissionController {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Visible ASCII only: the key is stored and compared, never interpreted. */
    private static final Pattern ACCEPTABLE_KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    private static final String PROBLEM = "application/problem+json";

    private final IntakeDesk desk;

    public SubmissionController(IntakeDesk desk) {
        this.desk = desk;
    }

    @PostMapping
    @Operation(summary = "Submit a complaint or a suggestion, or escalate an answered complaint",
            description = """
                    A new complaint: channel, memberNumber, names and/or email, language, category, subject, description. \
                    Without a memberNumber (someone not, or not yet, a member), both names and the email.
                    An escalation: addressee COMPLAINTS_SERVICE, the complaint's reference, memberNumber, language, and \
                    the reason in description.
                    A suggestion: a new complaint's fields with kind SUGGESTION (kind defaults to COMPLAINT). It is                     identified and checked the same way, goes to the department concerned, has no answer deadline                     (the receipt has kind SUGGESTION and no answerDueBy) and is never escalated.

                    Send the channel system's access token (Authorization: Bearer, client credentials): the channel \
                    must be one the token names (claim channels). WEB_FORM complaints come through the public web \
                    form only. Addressed to the complaints service without a reference, the matter goes \
                    to the first line first and the receipt's notice says so.

                    The policy's refusals are 422 with a stable type and a detail in the member's language: \
                    anonymous-complaint, not-about-our-services, medical-advisor (with writeTo: the national union's \
                    complaints service), unknown-member, not-escalable (with reason: unknown-reference, \
                    first-line-not-answered, already-escalated, suggestion).""")
    @ApiResponse(responseCode = "202", description = "Accepted: registered under this id and reference",
            content = @Content(schema = @Schema(implementation = SubmissionReceipt.class)))
    @ApiResponse(responseCode = "400", description = "malformed-request or validation-failed, naming each field at fault",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "unauthenticated: no access token, or not a valid one of the platform's",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "channel-not-allowed: the token's client may not post for this channel"
            + " (allowedChannels lists those it may); a member of staff's token posts for none",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "request-too-large: the body is over the limit (64 KB)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A policy refusal (see above), or idempotency-key-reused",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "rate-limited: too many requests from this client",
            headers = @Header(name = "Retry-After", description = "seconds"),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "submission-not-registered: retry with the same Idempotency-Key",
            headers = @Header(name = "Retry-After", description = "seconds"),
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    public ResponseEntity<SubmissionReceipt> submit(
            @Valid @RequestBody ComplaintSubmission submission,
            @Parameter(in = ParameterIn.HEADER, description = "Optional, 1 to 100 visible ASCII characters (a UUID):"
                    + " a retry with the same key and content gets the same receipt and registers nothing twice")
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @Parameter(hidden = true) StaffMember caller) {
        if (idempotencyKey != null && !ACCEPTABLE_KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidIdempotencyKeyException();
        }
        ChannelPermission.check(caller, submission.channel());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(desk.receive(submission, idempotencyKey));
    }
}
