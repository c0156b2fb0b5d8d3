package be.partenamut.complaints.intake.escalation;

import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.contracts.Escalability;
import be.partenamut.complaints.contracts.EscalationRule;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.submissions.EscalationRequested;
import be.partenamut.complaints.intake.policy.NotEscalableReason;
import be.partenamut.complaints.intake.policy.PolicyRefusedException;
import be.partenamut.complaints.intake.policy.ReceiptDateProblem;
import be.partenamut.complaints.intake.request.ComplaintSubmission;
import be.partenamut.complaints.intake.request.IdempotencyKeyReusedException;
import be.partenamut.complaints.intake.outbox.KeyVaultCalls;
import be.partenamut.complaints.intake.request.RequestFingerprint;
import be.partenamut.complaints.intake.outbox.StoredSubmission;
import be.partenamut.complaints.intake.request.SubmissionMetrics;
import be.partenamut.complaints.intake.request.SubmissionNotRegisteredException;
import be.partenamut.complaints.intake.outbox.Outbox;
import be.partenamut.complaints.intake.outbox.Submissions;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.personaldata.PersonalDataUnavailableException;
import be.partenamut.complaints.personaldata.vault.DataSubject;
import be.partenamut.complaints.support.correlation.Correlation;
import be.partenamut.complaints.workingdays.ServiceLevels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * A member still in disagreement after the first line's answer refers to the complaint's reference:
 * the complaints service takes it, and its period (21 working days) starts at this receipt.
 * <p>
 * The complaint must be the member's (the member number names the same data subject in the key
 * vault as the complaint), the first line must have answered it or let its target date pass (it answers
 * first, until then: before that date the member is told until when), and it must not be escalated
 * already. A channel keying in a letter or email later gives its date of receipt, from which the period
 * counts. Then an {@code EscalationRequested}, the reason sealed under the complaint's
 * key, goes to the complaints office, which registers the escalation. Like a submission, it is stored
 * with its message in the {@link Outbox} in one transaction, answered 202 once that committed (the
 * outbox's relay publishes it), and a retry with the same Idempotency-Key gives the same receipt.
 */
@Service
public class EscalationService {

    private static final Logger log = LoggerFactory.getLogger(EscalationService.class);

    private final Submissions submissions;
    private final TrackedComplaints tracked;
    private final EscalationRequests requests;
    private final Outbox outbox;
    private final PersonalData personalData;
    private final ServiceLevels serviceLevels;
    private final SubmissionMetrics metrics;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public EscalationService(Submissions submissions, TrackedComplaints tracked, EscalationRequests requests,
                             Outbox outbox, PersonalData personalData, ServiceLevels serviceLevels,
                             SubmissionMetrics metrics, TransactionTemplate transactions, Clock clock) {
        this.submissions = submissions;
        this.tracked = tracked;
        this.requests = requests;
        this.outbox = outbox;
        this.personalData = personalData;
        this.serviceLevels = serviceLevels;
        this.metrics = metrics;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param submission an escalation ({@link ComplaintSubmission#escalates()}) of a member the registry knows
     * @throws PolicyRefusedException           {@code not-escalable}, with the reason
     * @throws IdempotencyKeyReusedException    the key came earlier with another request
     * @throws SubmissionNotRegisteredException the key vault could not be reached
     */
    public StoredEscalation escalate(ComplaintSubmission submission, String idempotencyKey) {
        boolean withKey = idempotencyKey != null;
        if (withKey) {
            Optional<StoredEscalation> earlier = repeatOf(submission, idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Target target = target(submission, withKey);
        PersonalData.Sealer sealer;
        try {
            sealer = KeyVaultCalls.call(() -> personalData.sealerFor(target.complaintId()), withKey);
        } catch (PersonalDataUnavailableException e) {
            throw refused(NotEscalableReason.UNKNOWN_REFERENCE, submission);
        }
        String fingerprint = RequestFingerprint.of(submission, sealer);
        Instant receivedAt = receivedAt(submission, target);
        UUID requestId = UUID.randomUUID();
        EscalationRequested message = new EscalationRequested(
                MessageMetadata.of(requestId, target.complaintId(), receivedAt, Correlation.current(), null),
                target.reference(), submission.channel(),
                sealer.seal(PersonalFields.ESCALATION_REASON, submission.description()),
                receivedAt, serviceLevels.complaintsServiceDueDate(receivedAt).dueDate());
        StoredEscalation stored = new StoredEscalation(requestId, idempotencyKey, fingerprint, message);
        try {
            transactions.executeWithoutResult(status -> {
                checkEscalable(target, null, receivedAt, submission);
                requests.insert(stored, receivedAt);
                outbox.append(message);
            });
        } catch (DuplicateKeyException e) {
            Optional<StoredEscalation> earlier = withKey ? repeatOf(submission, idempotencyKey) : Optional.empty();
            // Otherwise another escalation of the complaint was accepted at the same moment: this one comes second.
            return earlier.orElseThrow(() -> refused(NotEscalableReason.ALREADY_ESCALATED, submission));
        }
        metrics.escalate(message.channel());
        log.info("Complaint {} ({}) escalated to the complaints service via {}, due {}", target.complaintId(),
                message.reference(), message.channel(), message.dueDate());
        return stored;
    }

    /**
     * The earlier escalation stored under {@code idempotencyKey}, when {@code submission} repeats it.
     *
     * @throws IdempotencyKeyReusedException the key came with another request
     */
    public Optional<StoredEscalation> repeatOf(ComplaintSubmission submission, String idempotencyKey) {
        StoredEscalation earlier = requests.withIdempotencyKey(idempotencyKey).orElse(null);
        if (earlier == null) {
            return Optional.empty();
        }
        boolean same;
        try {
            PersonalData.Sealer sealer = KeyVaultCalls.call(() -> personalData.sealerFor(earlier.complaintId()), true);
            same = RequestFingerprint.same(earlier.requestFingerprint(), RequestFingerprint.of(submission, sealer));
        } catch (PersonalDataUnavailableException e) {
            same = true; // as for submissions: the key names the request, which can no longer be compared
        }
        if (!same) {
            throw new IdempotencyKeyReusedException();
        }
        metrics.repeat();
        return Optional.of(earlier);
    }

    /** The complaint the reference names, if it is this member's; the same refusal otherwise, telling nothing. */
    private Target target(ComplaintSubmission submission, boolean withKey) {
        String reference = submission.reference();
        Target target = submissions.withReference(reference)
                .map(StoredSubmission::message)
                .filter(message -> message.file().member() != null && message.file().member().dataSubjectId() != null)
                .map(message -> new Target(message.metadata().complaintId(), message.file().reference(),
                        message.file().member().dataSubjectId(), message.file().receivedAt(),
                        message.file().firstLineDueDate()))
                .or(() -> tracked.withReference(reference)
                        .filter(complaint -> complaint.dataSubjectId() != null)
                        .map(complaint -> new Target(complaint.complaintId(), complaint.reference(),
                                complaint.dataSubjectId(), complaint.receivedAt(), complaint.firstLineDueDate())))
                .orElseThrow(() -> refused(NotEscalableReason.UNKNOWN_REFERENCE, submission));
        if (submission.memberNumber() == null) {
            // The member number is what proves the complaint is the asker's: without it, the same refusal, telling nothing.
            throw refused(NotEscalableReason.UNKNOWN_REFERENCE, submission);
        }
        Optional<DataSubject> member = KeyVaultCalls.call(
                () -> personalData.vault().findSubject(submission.memberNumber()), withKey);
        if (member.isEmpty() || member.get().erased() || !member.get().subjectId().equals(target.dataSubjectId())) {
            throw refused(NotEscalableReason.UNKNOWN_REFERENCE, submission);
        }
        return target;
    }

    /**
     * Within a transaction: locks the complaint's status and refuses, by the office's own rule, what
     * cannot be escalated now. Intake counts as escalated what the office reported, and also an
     * escalation it accepted itself that the office has not reported yet.
     */
    private void checkEscalable(Target target, UUID requestId, Instant receivedAt, ComplaintSubmission submission) {
        UUID complaintId = target.complaintId();
        Optional<TrackedComplaint> complaint = tracked.lock(complaintId);
        boolean firstLineAnswered = complaint.map(TrackedComplaint::firstLineAnswered).orElse(false);
        boolean escalated = complaint.map(TrackedComplaint::escalated).orElse(false)
                || requests.acceptedFor(complaintId, requestId);
        LocalDate firstLineDueDate = complaint.map(TrackedComplaint::firstLineDueDate).orElse(target.firstLineDueDate());
        LocalDate requestedOn = receivedAt.atZone(serviceLevels.calendar().zone()).toLocalDate();
        // Intake does not track which request escalated a complaint: its own repeats are known by their key.
        SubmissionKind kind = complaint.map(TrackedComplaint::kind).orElse(SubmissionKind.COMPLAINT);
        Escalability escalability = new EscalationRule(firstLineAnswered, firstLineDueDate, escalated, null, kind)
                .decide(requestId, requestedOn);
        if (escalability == Escalability.FIRST_LINE_NOT_ANSWERED) {
            // The member gets the current answer: the first line still has until its target date.
            throw PolicyRefusedException.firstLineStillHasUntil(firstLineDueDate, submission.language());
        }
        if (escalability.refused()) {
            throw refused(NotEscalableReason.of(escalability), submission);
        }
    }

    /**
     * When the complaints service received the request: the channel's date of receipt for a letter or email keyed
     * in later, now otherwise. Its period counts from this day, so a date that cannot be is refused, not corrected.
     *
     * @throws PolicyRefusedException {@code invalid-receipt-date}: in the future, or before the complaint's receipt
     */
    private Instant receivedAt(ComplaintSubmission submission, Target target) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (submission.receivedAt() == null) {
            return now;
        }
        Instant given = submission.receivedAt().toInstant().truncatedTo(ChronoUnit.MILLIS);
        if (given.isAfter(now)) {
            throw PolicyRefusedException.invalidReceiptDate(ReceiptDateProblem.IN_THE_FUTURE, submission.language());
        }
        // Days, not instants, as the complaints office decides: a letter's date of receipt may be the complaint's own day.
        ZoneId zone = serviceLevels.calendar().zone();
        if (target.complaintReceivedAt() != null
                && given.atZone(zone).toLocalDate().isBefore(target.complaintReceivedAt().atZone(zone).toLocalDate())) {
            throw PolicyRefusedException.invalidReceiptDate(ReceiptDateProblem.BEFORE_COMPLAINT, submission.language());
        }
        return given;
    }

    private static PolicyRefusedException refused(NotEscalableReason reason, ComplaintSubmission submission) {
        return PolicyRefusedException.notEscalable(reason, submission.language());
    }

    /**
     * @param complaintReceivedAt when the complaint itself was received (null when not known)
     * @param firstLineDueDate    the first line's target date, as the complaint's file states it (null when unknown)
     */
    private record Target(UUID complaintId, String reference, UUID dataSubjectId, Instant complaintReceivedAt,
                          LocalDate firstLineDueDate) {
    }
}
