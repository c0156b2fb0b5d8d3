package be.partenamut.complaints.intake.desk;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.intake.escalation.EscalationService;
import be.partenamut.complaints.intake.escalation.StoredEscalation;
import be.partenamut.complaints.intake.policy.ComplaintPolicy;
import be.partenamut.complaints.intake.policy.DeclinedSubmissions;
import be.partenamut.complaints.intake.policy.IntakePolicyProperties;
import be.partenamut.complaints.intake.policy.PolicyMessages;
import be.partenamut.complaints.intake.policy.NotEscalableReason;
import be.partenamut.complaints.intake.policy.PolicyRefusedException;
import be.partenamut.complaints.intake.request.ComplaintSubmission;
import be.partenamut.complaints.intake.request.IdempotencyKeyReusedException;
import be.partenamut.complaints.intake.outbox.StoredSubmission;
import be.partenamut.complaints.intake.request.SubmissionNotRegisteredException;
import be.partenamut.complaints.intake.request.SubmissionReceipt;
import be.partenamut.complaints.intake.submission.SubmissionService;
import be.partenamut.complaints.workingdays.ServiceLevels;
import org.springframework.stereotype.Service;

import java.util.Optional;

/**
 * Every door (the REST API, the web form, the channels' Kafka topic) hands a valid submission here:
 * <ol>
 *   <li>a repeat under the same Idempotency-Key gets the first receipt;</li>
 *   <li>the policy decides whether it is handled at all; what it does not handle is counted for
 *       analytics ({@code SubmissionDeclined}, nothing personal) and the member is told why;</li>
 *   <li>an escalation (a reference, addressed to the complaints service) goes to the complaints
 *       service; anything else is registered with the first line, a matter addressed to the
 *       complaints service but never brought to the first line included, and the member is told so.</li>
 * </ol>
 */
@Service
public class IntakeDesk {


    private final SubmissionService submissions;
    private final EscalationService escalations;
    private final ComplaintPolicy policy;
    private final DeclinedSubmissions declined;
    private final PolicyMessages messages;
    private final ServiceLevels serviceLevels;
    private final boolean firstLineFirst;

    public IntakeDesk(SubmissionService submissions, EscalationService escalations, ComplaintPolicy policy,
                      DeclinedSubmissions declined, PolicyMessages messages, ServiceLevels serviceLevels,
                      IntakePolicyProperties properties) {
        this.submissions = submissions;
        this.escalations = escalations;
        this.policy = policy;
        this.declined = declined;
        this.messages = messages;
        this.serviceLevels = serviceLevels;
        this.firstLineFirst = properties.firstLineFirst();
    }

    /**
     * @param idempotencyKey the caller's key, or null
     * @throws PolicyRefusedException           the policy does not take it (422, in the member's language)
     * @throws IdempotencyKeyReusedException    the key came earlier with another request
     * @throws SubmissionNotRegisteredException the key vault could not be reached: retry
     */
    public SubmissionReceipt receive(ComplaintSubmission submission, String idempotencyKey) {
        if (idempotencyKey != null) {
            Optional<SubmissionReceipt> repeat = repeatOf(submission, idempotencyKey);
            if (repeat.isPresent()) {
                return repeat.get();
            }
        }
        try {
            policy.check(submission);
        } catch (PolicyRefusedException refused) {
            declined.record(submission, refused.refusal(), idempotencyKey);
            throw refused;
        }
        if (!firstLineFirst && submission.addressedToComplaintsService() && !submission.escalates()) {
            // The policy's order: the service in charge first; the complaints service when disagreement remains.
            throw PolicyRefusedException.notEscalable(NotEscalableReason.NOT_BROUGHT_TO_FIRST_LINE,
                    submission.language());
        }
        if (submission.escalates()) {
            return receiptOf(escalations.escalate(submission, idempotencyKey), submission.language());
        }
        return receiptOf(submissions.submit(submission, idempotencyKey));
    }

    private Optional<SubmissionReceipt> repeatOf(ComplaintSubmission submission, String idempotencyKey) {
        Optional<SubmissionReceipt> repeat = submissions.repeatOf(submission, idempotencyKey).map(this::receiptOf);
        if (repeat.isPresent()) {
            return repeat;
        }
        return escalations.repeatOf(submission, idempotencyKey)
                .map(escalation -> receiptOf(escalation, submission.language()));
    }

    private SubmissionReceipt receiptOf(StoredSubmission stored) {
        SubmissionReceipt receipt = stored.receipt();
        if (!stored.passedToFirstLine()) {
            return receipt;
        }
        Language language = stored.message().file().member() == null ? null
                : stored.message().file().member().language();
        return receipt.withNotice(messages.firstLineFirst(language));
    }

    private SubmissionReceipt receiptOf(StoredEscalation escalation, Language language) {
        return escalation.receipt().withNotice(messages.escalated(language, serviceLevels.complaintsServiceWorkingDays()));
    }
}
