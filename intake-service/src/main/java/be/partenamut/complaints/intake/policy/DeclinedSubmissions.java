package be.partenamut.complaints.intake.policy;

import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.submissions.SubmissionDeclined;
import be.partenamut.complaints.intake.member.DataSubjectLookup;
import be.partenamut.complaints.intake.request.ComplaintSubmission;
import be.partenamut.complaints.intake.outbox.Outbox;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.support.correlation.Correlation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * Counts what the policy does not handle, for the improvement figures: a {@code SubmissionDeclined}
 * on {@code complaints.submissions.v1} with the channel, category, language and reason. When the
 * member is identified (a member number), it also carries their contact, sealed under a key made for
 * this submission alone, so the notification service can tell them why (by mail, or by letter when
 * they gave no email address) and then destroy that key. It goes through the {@link Outbox} like
 * every message intake publishes; nothing else is stored.
 */
@Component
public class DeclinedSubmissions {

    private static final Logger log = LoggerFactory.getLogger(DeclinedSubmissions.class);

    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final PersonalData personalData;
    private final Clock clock;

    public DeclinedSubmissions(Outbox outbox, TransactionTemplate transactions, PersonalData personalData,
                               Clock clock) {
        this.outbox = outbox;
        this.transactions = transactions;
        this.personalData = personalData;
        this.clock = clock;
    }

    /**
     * Stores the decline to be published. Best effort: the member is told why whatever happens, and
     * only an outage of intake's database or the key vault loses the count (logged). A repeat under the
     * same Idempotency-Key carries the same message id, so analytics count it once.
     *
     * @param idempotencyKey the caller's key, or null
     */
    public void record(ComplaintSubmission submission, Refusal refusal, String idempotencyKey) {
        if (refusal.declineReason() == null) {
            return;
        }
        UUID id = idempotencyKey == null ? UUID.randomUUID()
                : UUID.nameUUIDFromBytes(("SubmissionDeclined:" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
        try {
            SubmissionDeclined declined = new SubmissionDeclined(
                    MessageMetadata.of(id, id, clock.instant(), Correlation.current(), null),
                    submission.channel(), submission.category(), submission.language(), refusal.declineReason(),
                    contactOf(id, submission, refusal));
            transactions.executeWithoutResult(status -> outbox.append(declined));
            log.info("Submission declined ({}) via {}, category {}", refusal.declineReason(), submission.channel(),
                    submission.category());
        } catch (DuplicateKeyException repeat) {
            log.info("Declined submission ({}) repeated under its Idempotency-Key: counted once", refusal.declineReason());
        } catch (RuntimeException e) {
            log.warn("Declined submission ({}) not counted, the outbox or the key vault did not take it: {}", refusal.declineReason(),
                    NestedExceptionUtils.getMostSpecificCause(e).toString());
        }
    }

    /** The member's contact sealed under a key of this submission, or null when nobody can be written to. */
    private MemberContact contactOf(UUID submissionId, ComplaintSubmission submission, Refusal refusal) {
        // Without a member number there is no letter to send (no address): only an email reaches the person.
        if (refusal == Refusal.ANONYMOUS || (submission.memberNumber() == null && submission.email() == null)) {
            return null;
        }
        PersonalData.Sealer sealer = personalData.newComplaint(submissionId,
                DataSubjectLookup.of(submission.memberNumber(), submissionId));
        return new MemberContact(sealer.subjectId(),
                sealer.seal(PersonalFields.MEMBER_NUMBER, submission.memberNumber()),
                sealer.seal(PersonalFields.FIRST_NAME, submission.firstName()),
                sealer.seal(PersonalFields.LAST_NAME, submission.lastName()),
                sealer.seal(PersonalFields.EMAIL, submission.email()),
                submission.language());
    }
}
