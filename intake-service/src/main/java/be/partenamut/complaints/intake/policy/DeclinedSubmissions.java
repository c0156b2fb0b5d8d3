package be.partenamut.complaints.intake.policy;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.submissions.SubmissionDeclined;
import be.partenamut.complaints.intake.submission.ComplaintSubmission;
import be.partenamut.complaints.intake.submission.messaging.SubmissionPublisher;
import be.partenamut.complaints.support.correlation.Correlation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * Counts what the policy does not handle, for the improvement figures: a {@code SubmissionDeclined}
 * on {@code complaints.submissions.v1} with the channel, category, language and reason, and nothing
 * personal. Nothing is stored.
 */
@Component
public class DeclinedSubmissions {

    private static final Logger log = LoggerFactory.getLogger(DeclinedSubmissions.class);

    private final SubmissionPublisher publisher;
    private final Clock clock;

    public DeclinedSubmissions(SubmissionPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Publishes the decline. Best effort: the member is told why whatever happens, and a Kafka outage
     * only loses the count (logged). A repeat under the same Idempotency-Key carries the same message
     * id, so analytics count it once.
     *
     * @param idempotencyKey the caller's key, or null
     */
    public void record(ComplaintSubmission submission, Refusal refusal, String idempotencyKey) {
        if (refusal.declineReason() == null) {
            return;
        }
        UUID id = idempotencyKey == null ? UUID.randomUUID()
                : UUID.nameUUIDFromBytes(("SubmissionDeclined:" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
        SubmissionDeclined declined = new SubmissionDeclined(
                MessageMetadata.of(id, id, clock.instant(), Correlation.current(), null),
                submission.channel(), submission.category(), submission.language(), refusal.declineReason());
        try {
            publisher.publish(declined);
            log.info("Submission declined ({}) via {}, category {}", refusal.declineReason(), submission.channel(),
                    submission.category());
        } catch (RuntimeException e) {
            log.warn("Declined submission ({}) not counted, Kafka did not take it: {}", refusal.declineReason(),
                    NestedExceptionUtils.getMostSpecificCause(e).toString());
        }
    }
}
