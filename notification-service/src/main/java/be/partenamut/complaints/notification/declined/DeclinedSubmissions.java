package be.partenamut.complaints.notification.declined;

import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.contracts.submissions.SubmissionDeclined;
import be.partenamut.complaints.notification.delivery.Deliveries;
import be.partenamut.complaints.notification.message.NotificationType;
import be.partenamut.complaints.notification.delivery.OutgoingMessage;
import be.partenamut.complaints.notification.recipient.MemberNames;
import be.partenamut.complaints.notification.recipient.Recipient;
import be.partenamut.complaints.notification.recipient.Recipients;
import be.partenamut.complaints.notification.template.MailTemplates;
import be.partenamut.complaints.notification.template.RenderedMail;
import be.partenamut.complaints.personaldata.Opened;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.personaldata.vault.KeyStatus;
import be.partenamut.complaints.support.messaging.UnprocessableMessageException;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Submissions the policy does not handle: about something other than the insurer's services, or about
 * a Médecin-Conseil (to be sent, in writing, to the national union's complaints service). The
 * templates {@code not-handled-out-of-scope} and {@code not-handled-medical-advisor} tell the member
 * so, in their language, when intake passed their contact: by mail when they gave an email address,
 * otherwise by a letter in the print queue that carries their member number (the mail room addresses
 * it). That contact is sealed under a key of the submission alone, destroyed once the mail is sent or
 * the letter printed. Anonymous submissions get no message by nature: there is nobody to write to.
 */
@Service
public class DeclinedSubmissions {

    private static final Logger log = LoggerFactory.getLogger(DeclinedSubmissions.class);

    private final PersonalData personalData;
    private final MailTemplates templates;
    private final Deliveries deliveries;
    private final Recipients recipients;
    private final MeterRegistry meters;

    public DeclinedSubmissions(PersonalData personalData, MailTemplates templates, Deliveries deliveries,
                               Recipients recipients, MeterRegistry meters) {
        this.personalData = personalData;
        this.templates = templates;
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.meters = meters;
    }

    public void declined(SubmissionDeclined declined) {
        DeclineReason reason = declined.reason();
        UUID submissionId = declined.metadata().complaintId();
        if (reason == null || reason == DeclineReason.ANONYMOUS) {
            skip("NOT_HANDLED", "anonymous", submissionId, "anonymous, nobody to write to");
            return;
        }
        NotificationType type = templateFor(reason);
        MemberContact member = declined.member();
        if (member == null || (member.email() == null && member.memberNumber() == null)) {
            skip(type.name(), "no-contact", submissionId, "no contact: intake answered the channel");
            return;
        }
        PersonalData.Opener opener = personalData.openerFor(submissionId);
        if (opener.keyStatus() != KeyStatus.AVAILABLE) {
            skip(type.name(), "already-told", submissionId, "its contact is gone: the member was told already");
            return;
        }
        Language language = member.language() != null ? member.language()
                : declined.language() != null ? declined.language() : Language.FR;
        Map<String, Object> variables = new HashMap<>();
        variables.put("fullName", MemberNames.fullName(opener, member.firstName(), member.lastName()));
        RenderedMail content = templates.render(type.template(), language, variables);
        String recipientId = "member:" + member.dataSubjectId();
        if (member.email() != null) {
            requireReadable(opener.open(PersonalFields.EMAIL, member.email()), submissionId, "email address");
            deliveries.deliver(new OutgoingMessage(declined.metadata().messageId(), declined.metadata().correlationId(),
                    submissionId, null, type, language, recipientId, DeliveryChannel.EMAIL, member.email(), null,
                    content));
            return;
        }
        requireReadable(opener.open(PersonalFields.MEMBER_NUMBER, member.memberNumber()), submissionId, "member number");
        // The letter is laid out from the recipient kept here: name, and member number for the mail room.
        recipients.add(new Recipient(submissionId, null, member.dataSubjectId(), member.firstName(), member.lastName(),
                null, language, null, member.memberNumber()), declined.metadata().occurredAt());
        deliveries.deliver(new OutgoingMessage(declined.metadata().messageId(), declined.metadata().correlationId(),
                submissionId, null, type, language, recipientId, DeliveryChannel.LETTER, null, null, content));
    }

    private static void requireReadable(Opened opened, UUID submissionId, String what) {
        if (!opened.isReadable()) {
            throw new UnprocessableMessageException("Declined submission " + submissionId + ": the member's " + what
                    + " cannot be opened (" + opened.status() + ")");
        }
    }

    /** The message a declined submission calls for. */
    public static NotificationType templateFor(DeclineReason reason) {
        return reason == DeclineReason.MEDICAL_ADVISOR ? NotificationType.NOT_HANDLED_MEDICAL_ADVISOR
                : NotificationType.NOT_HANDLED_OUT_OF_SCOPE;
    }

    private void skip(String type, String reason, UUID submissionId, String why) {
        meters.counter("notifications.skipped", "type", type, "reason", reason).increment();
        log.info("Declined submission {}: no message: {}", submissionId, why);
    }
}
