package be.partenamut.complaints.intake.submission;

import be.partenamut.complaints.contracts.ComplaintFile;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.intake.member.DataSubjectLookup;
import be.partenamut.complaints.intake.outbox.KeyVaultCalls;
import be.partenamut.complaints.intake.outbox.Outbox;
import be.partenamut.complaints.intake.outbox.StoredSubmission;
import be.partenamut.complaints.intake.outbox.Submissions;
import be.partenamut.complaints.intake.request.ComplaintSubmission;
import be.partenamut.complaints.intake.request.IdempotencyKeyReusedException;
import be.partenamut.complaints.intake.request.RequestFingerprint;
import be.partenamut.complaints.intake.request.SubmissionMetrics;
import be.partenamut.complaints.intake.request.SubmissionNotRegisteredException;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.personaldata.PersonalDataUnavailableException;
import be.partenamut.complaints.support.correlation.Correlation;
import be.partenamut.complaints.workingdays.ServiceLevels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Accepts a valid submission so that nothing accepted is lost or registered twice:
 * <ol>
 *   <li>creates the complaint's key in the key vault (under its member's key) and seals every
 *       personal field with it;</li>
 *   <li>stores the submission with its reference, and the exact (sealed) message to publish in the
 *       {@link Outbox}, in one transaction;</li>
 *   <li>answers 202 once that transaction committed: the outbox's relay publishes the message, with
 *       the same message id however often it has to try, while Kafka is away too.</li>
 * </ol>
 * When the key vault or intake's database fails, the caller gets a 503 and nothing is stored; a retry
 * with the same Idempotency-Key gets the first receipt. No request waits for Kafka.
 */
@Service
public class SubmissionService {

    private static final Logger log = LoggerFactory.getLogger(SubmissionService.class);

    private final Submissions submissions;
    private final ComplaintReferences references;
    private final Outbox outbox;
    private final PersonalData personalData;
    private final SubmissionMetrics metrics;
    private final TransactionTemplate transactions;
    private final ServiceLevels serviceLevels;
    private final PossibleDuplicates possibleDuplicates;
    private final Clock clock;

    public SubmissionService(Submissions submissions, ComplaintReferences references, Outbox outbox,
                             PersonalData personalData, SubmissionMetrics metrics, TransactionTemplate transactions,
                             ServiceLevels serviceLevels, PossibleDuplicates possibleDuplicates, Clock clock) {
        this.submissions = submissions;
        this.references = references;
        this.outbox = outbox;
        this.personalData = personalData;
        this.metrics = metrics;
        this.transactions = transactions;
        this.serviceLevels = serviceLevels;
        this.possibleDuplicates = possibleDuplicates;
        this.clock = clock;
    }

    /**
     * Registers a new complaint with the first line. A complaint addressed to the complaints service
     * without a reference (a matter never brought to the first line) is registered the same way and
     * remembered as passed to the first line.
     *
     * @param idempotencyKey the caller's key, or null
     * @return the registered submission: this one, or the earlier one a repeat names
     * @throws IdempotencyKeyReusedException    the key came earlier with another request
     * @throws SubmissionNotRegisteredException the key vault could not be reached
     */
    public StoredSubmission submit(ComplaintSubmission submission, String idempotencyKey) {
        boolean withIdempotencyKey = idempotencyKey != null;
        if (withIdempotencyKey) {
            Optional<StoredSubmission> earlier = repeatOf(submission, idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        UUID complaintId = UUID.randomUUID();
        // Before the transaction: the vault is another database, and a slow vault must not hold intake's connections.
        PersonalData.Sealer sealer = fromKeyVault(
                () -> personalData.newComplaint(complaintId, DataSubjectLookup.of(submission.memberNumber(), complaintId)),
                withIdempotencyKey);
        String fingerprint = RequestFingerprint.of(submission, sealer);
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        UUID possibleDuplicateOf = possibleDuplicates.of(sealer.subjectId(), submission.category(),
                submission.description(), receivedAt).orElse(null);
        StoredSubmission stored;
        try {
            stored = transactions.execute(status -> register(submission, idempotencyKey, complaintId, sealer,
                    fingerprint, receivedAt, possibleDuplicateOf));
        } catch (DuplicateKeyException e) {
            if (!withIdempotencyKey) {
                throw e;
            }
            // A concurrent request with the same key was stored first: this one is its repeat (the key
            // just created in the vault for complaintId is left unused: it protects nothing).
            return repeatOf(submission, idempotencyKey).orElseThrow(() -> e);
        }
        ComplaintSubmitted message = stored.message();
        metrics.accept(message.file().channel());
        log.info("Complaint {} accepted as {} ({} via {})", complaintId, message.file().reference(),
                message.file().category(), message.file().channel());
        if (possibleDuplicateOf != null) {
            log.info("Complaint {} ({}) flagged as a possible duplicate of complaint {}", complaintId,
                    stored.message().file().reference(), possibleDuplicateOf);
        }
        return stored;
    }

    /**
     * The earlier submission stored under {@code idempotencyKey}, when {@code submission} repeats it.
     *
     * @throws IdempotencyKeyReusedException the key came with another request
     */
    public Optional<StoredSubmission> repeatOf(ComplaintSubmission submission, String idempotencyKey) {
        StoredSubmission earlier = submissions.withIdempotencyKey(idempotencyKey).orElse(null);
        if (earlier == null) {
            return Optional.empty();
        }
        if (!repeats(submission, earlier)) {
            throw new IdempotencyKeyReusedException();
        }
        metrics.repeat();
        log.info("Repeated submission answered with complaint {} ({})", earlier.complaintId(),
                earlier.message().file().reference());
        return Optional.of(earlier);
    }

    /**
     * Whether {@code submission} has the content of the earlier submission stored under its key,
     * compared by their fingerprints under the earlier complaint's key.
     * <p>
     * When that key is gone (the member's data was erased, or its retention ended) or the earlier
     * submission was stored before sealing, the two can no longer be compared, and this answers yes.
     * The key names one submission, and that one was accepted: refusing with a 422 would tell a
     * genuine retry that it sent another complaint, and registering it anew would register the
     * complaint twice and bring the erased member's data back from a channel's retry. The receipt
     * holds no personal data, so answering with it tells nothing about the member.
     */
    private boolean repeats(ComplaintSubmission submission, StoredSubmission earlier) {
        if (earlier.requestFingerprint() == null) {
            log.info("Complaint {} ({}) was stored before sealing: its repeat is answered without comparing",
                    earlier.complaintId(), earlier.message().file().reference());
            return true;
        }
        PersonalData.Sealer sealer;
        try {
            sealer = fromKeyVault(() -> personalData.sealerFor(earlier.complaintId()), true);
        } catch (PersonalDataUnavailableException e) {
            log.info("Complaint {} ({}) has no personal data any more ({}): its repeat is answered without comparing",
                    earlier.complaintId(), earlier.message().file().reference(), e.status());
            return true;
        }
        return RequestFingerprint.same(earlier.requestFingerprint(), RequestFingerprint.of(submission, sealer));
    }

    private StoredSubmission register(ComplaintSubmission submission, String idempotencyKey, UUID complaintId,
                                      PersonalData.Sealer sealer, String fingerprint, Instant receivedAt,
                                      UUID possibleDuplicateOf) {
        UUID submissionId = UUID.randomUUID();
        String reference = references.next(ComplaintReference.yearOf(receivedAt));
        ComplaintSubmitted message = new ComplaintSubmitted(
                MessageMetadata.of(submissionId, complaintId, receivedAt, Correlation.current(), null),
                new ComplaintFile(reference,
                        submission.channel(),
                        new MemberContact(sealer.subjectId(),
                                sealer.seal(PersonalFields.MEMBER_NUMBER, submission.memberNumber()),
                                sealer.seal(PersonalFields.FIRST_NAME, submission.firstName()),
                                sealer.seal(PersonalFields.LAST_NAME, submission.lastName()),
                                sealer.seal(PersonalFields.EMAIL, submission.email()),
                                submission.language(),
                                sealer.seal(PersonalFields.NATIONAL_REGISTER_NUMBER, submission.nationalRegisterNumber())),
                        submission.category(),
                        sealer.seal(PersonalFields.SUBJECT, submission.subject()),
                        sealer.seal(PersonalFields.DESCRIPTION, submission.description()),
                        submission.product(),
                        submission.agency(),
                        receivedAt,
                        // A suggestion has no answer deadline: no due date, so no SLA timer downstream.
                        submission.suggests() ? null : serviceLevels.firstLineDueDate(receivedAt).dueDate(),
                        possibleDuplicateOf,
                        submission.submissionKind()));
        StoredSubmission stored = new StoredSubmission(submissionId, idempotencyKey, fingerprint, message,
                submission.addressedToComplaintsService());
        submissions.insert(stored, receivedAt);
        outbox.append(message);
        return stored;
    }

    private <T> T fromKeyVault(Supplier<T> call, boolean withIdempotencyKey) {
        return KeyVaultCalls.call(call, withIdempotencyKey);
    }
}
