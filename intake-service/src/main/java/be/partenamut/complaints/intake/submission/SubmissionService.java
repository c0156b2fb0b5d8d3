package be.partenamut.complaints.intake.submission;

import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.intake.submission.messaging.SubmissionPublisher;
import be.partenamut.complaints.support.correlation.Correlation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Accepts a valid submission so that nothing accepted is lost or registered twice:
 * <ol>
 *   <li>stores it, PENDING, with its reference and the exact message to publish (one transaction);</li>
 *   <li>publishes that message and waits for Kafka's acknowledgement;</li>
 *   <li>marks it PUBLISHED, and only then answers 202.</li>
 * </ol>
 * When Kafka fails, the caller gets a 503 and the row stays PENDING; a retry with the same
 * Idempotency-Key publishes the same message (same message id, same complaint id). Publishing
 * happens under the row's lock, so concurrent retries publish it once.
 */
@Service
public class SubmissionService {

    private static final Logger log = LoggerFactory.getLogger(SubmissionService.class);

    private final Submissions submissions;
    private final ComplaintReferences references;
    private final SubmissionPublisher publisher;
    private final SubmissionMetrics metrics;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public SubmissionService(Submissions submissions, ComplaintReferences references, SubmissionPublisher publisher,
                             SubmissionMetrics metrics, TransactionTemplate transactions, Clock clock) {
        this.submissions = submissions;
        this.references = references;
        this.publisher = publisher;
        this.metrics = metrics;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param idempotencyKey the caller's key, or null
     * @throws IdempotencyKeyReusedException    the key came earlier with another request
     * @throws SubmissionNotRegisteredException Kafka did not acknowledge the submission
     */
    public SubmissionReceipt submit(ComplaintSubmission submission, String idempotencyKey) {
        String requestHash = RequestFingerprint.of(submission);
        if (idempotencyKey != null) {
            StoredSubmission earlier = submissions.withIdempotencyKey(idempotencyKey).orElse(null);
            if (earlier != null) {
                return repeat(earlier, requestHash);
            }
        }
        StoredSubmission stored;
        try {
            stored = transactions.execute(status -> register(submission, idempotencyKey, requestHash));
        } catch (DuplicateKeyException e) {
            if (idempotencyKey == null) {
                throw e;
            }
            // A concurrent request with the same key was stored first: this one is its repeat.
            return repeat(submissions.withIdempotencyKey(idempotencyKey).orElseThrow(() -> e), requestHash);
        }
        publishIfPending(stored);
        return stored.receipt();
    }

    private SubmissionReceipt repeat(StoredSubmission earlier, String requestHash) {
        if (!earlier.requestHash().equals(requestHash)) {
            throw new IdempotencyKeyReusedException();
        }
        publishIfPending(earlier);
        metrics.repeat();
        log.info("Repeated submission answered with complaint {} ({})", earlier.message().metadata().complaintId(),
                earlier.message().reference());
        return earlier.receipt();
    }

    private StoredSubmission register(ComplaintSubmission submission, String idempotencyKey, String requestHash) {
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        UUID submissionId = UUID.randomUUID();
        UUID complaintId = UUID.randomUUID();
        String reference = references.next(ComplaintReference.yearOf(receivedAt));
        ComplaintSubmitted message = new ComplaintSubmitted(
                MessageMetadata.of(submissionId, complaintId, receivedAt, Correlation.current(), null),
                reference,
                submission.channel(),
                new MemberContact(submission.memberNumber(), submission.firstName(), submission.lastName(),
                        submission.email(), submission.language()),
                submission.category(),
                submission.subject(),
                submission.description(),
                receivedAt);
        StoredSubmission stored = new StoredSubmission(submissionId, idempotencyKey, requestHash,
                SubmissionStatus.PENDING, message);
        submissions.insert(stored, receivedAt);
        return stored;
    }

    /**
     * Publishes the stored message unless it was already (by an earlier or a concurrent request);
     * on failure the submission stays PENDING. The complaint counts as accepted once it is published.
     */
    private void publishIfPending(StoredSubmission submission) {
        boolean published = Boolean.TRUE.equals(transactions.execute(status -> {
            if (submissions.lockStatus(submission.submissionId()) != SubmissionStatus.PENDING) {
                return false;
            }
            try {
                publisher.publish(submission.message());
            } catch (RuntimeException e) {
                log.warn("Complaint {} ({}) not published, left PENDING: {}",
                        submission.message().metadata().complaintId(), submission.message().reference(),
                        // The root cause only: the outer exceptions describe the failed message.
                        NestedExceptionUtils.getMostSpecificCause(e).toString());
                throw new SubmissionNotRegisteredException(submission.idempotencyKey() != null, e);
            }
            submissions.markPublished(submission.submissionId(), clock.instant());
            return true;
        }));
        if (published) {
            ComplaintSubmitted message = submission.message();
            metrics.accept(message.channel());
            log.info("Complaint {} accepted as {} ({} via {})", message.metadata().complaintId(), message.reference(),
                    message.category(), message.channel());
        }
    }
}
