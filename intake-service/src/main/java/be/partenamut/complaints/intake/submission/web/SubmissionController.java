package be.partenamut.complaints.intake.submission.web;

import be.partenamut.complaints.intake.submission.ComplaintSubmission;
import be.partenamut.complaints.intake.submission.SubmissionReceipt;
import be.partenamut.complaints.intake.submission.SubmissionService;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.regex.Pattern;

/**
 * The door for channel systems. 202 means the complaint is handed to the complaints office and
 * will be registered under the returned id and reference.
 */
@RestController
@RequestMapping("/api/v1/complaints")
public class SubmissionController {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Visible ASCII only: the key is stored and compared, never interpreted. */
    private static final Pattern ACCEPTABLE_KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    private final SubmissionService submissions;

    public SubmissionController(SubmissionService submissions) {
        this.submissions = submissions;
    }

    @PostMapping
    public ResponseEntity<SubmissionReceipt> submit(
            @Valid @RequestBody ComplaintSubmission submission,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        if (idempotencyKey != null && !ACCEPTABLE_KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidIdempotencyKeyException();
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(submissions.submit(submission, idempotencyKey));
    }
}
