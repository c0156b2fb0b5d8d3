package be.partenamut.complaints.notification.member;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintDeclined;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.InterimMessageRecorded;
import be.partenamut.complaints.contracts.events.SlaBreached;
import be.partenamut.complaints.notification.complaint.ComplaintFacts;
import be.partenamut.complaints.notification.complaint.ComplaintFile;
import be.partenamut.complaints.notification.complaint.ComplaintFiles;
import be.partenamut.complaints.notification.delivery.Deliveries;
import be.partenamut.complaints.notification.message.NotificationType;
import be.partenamut.complaints.notification.delivery.OutgoingMessage;
import be.partenamut.complaints.notification.delivery.SuppressionReason;
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

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes to the member, in their language, what the policy promises them: the acknowledgement with
 * the date of the answer, the first line's answer, the receipt of their escalation with the complaints
 * service's 21-working-day date, the complaints service's result with the notice on appeals to the
 * courts, an officer's interim message when that result will be late, a delay notice once a date has passed
 * unanswered (never on a mere warning: a "probably late" notice followed by an answer in time only worries the
 * member), and why an officer declined their complaint. By email when the member gave an address,
 * otherwise as a letter queued for print.
 *
 * <p>The member's name and address, and the staff texts quoted, are opened from their sealed form
 * only here, in memory; once the member's personal data is gone, nothing is sent and the message is
 * recorded as suppressed.
 */
@Service
public class MemberNotifier {

    private static final Logger log = LoggerFactory.getLogger(MemberNotifier.class);

    private final Recipients recipients;
    private final ComplaintFiles files;
    private final ComplaintFacts facts;
    private final PersonalData personalData;
    private final MailTemplates templates;
    private final Deliveries deliveries;
    private final MeterRegistry meters;

    public MemberNotifier(Recipients recipients, ComplaintFiles files, ComplaintFacts facts, PersonalData personalData,
                          MailTemplates templates, Deliveries deliveries, MeterRegistry meters) {
        this.recipients = recipients;
        this.files = files;
        this.facts = facts;
        this.personalData = personalData;
        this.templates = templates;
        this.deliveries = deliveries;
        this.meters = meters;
    }

    /**
     * The receipt: reference, what happens next, and the date by which the first line answers; for a
     * suggestion, that it goes to the department concerned and that no answer deadline applies.
     */
    public void acknowledged(ComplaintAcknowledged acknowledged) {
        ComplaintFile file = files.of(acknowledged.complaintId()).orElse(null);
        Map<String, Object> variables = new HashMap<>();
        if (file != null && file.suggestion()) {
            send(acknowledged, acknowledged.reference(), NotificationType.SUGGESTION_ACKNOWLEDGEMENT, variables, List.of());
            return;
        }
        variables.put("dueDate", facts.firstLineDueDate(file, acknowledged.metadata().occurredAt()));
        send(acknowledged, acknowledged.reference(), NotificationType.ACKNOWLEDGEMENT, variables, List.of());
    }

    /** The first line's answer, or the complaints service's result with its outcome. */
    public void answered(ComplaintAnswered answered) {
        Map<String, Object> variables = new HashMap<>();
        List<PersonalText> texts = List.of(new PersonalText("answer", PersonalFields.ANSWER, answered.answer()));
        if (answered.line() == AnsweringLine.COMPLAINTS_SERVICE) {
            variables.put("outcome", answered.outcome() == null ? null : answered.outcome().name());
            send(answered, null, NotificationType.COMPLAINTS_SERVICE_RESULT, variables, texts);
        } else {
            send(answered, null, NotificationType.FIRST_LINE_ANSWER, variables, texts);
        }
    }

    /** The complaints service has the escalation, and will communicate its result by {@code dueDate}. */
    public void escalated(ComplaintEscalated escalated, LocalDate dueDate) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("dueDate", dueDate);
        send(escalated, null, NotificationType.ESCALATION_RECEIVED, variables, List.of());
    }

    /**
     * The line's date passed without its answer: the member gets an apology and whom to contact, once per line,
     * unless the answer is there after all (routing may fire before it saw an answer given in time) or, for the
     * complaints service, an officer already wrote why and when (an interim message).
     */
    public void deadlinePassed(SlaBreached breached) {
        AnsweringLine line = breached.line() == null ? AnsweringLine.FIRST_LINE : breached.line();
        ComplaintFile file = files.of(breached.complaintId()).orElse(null);
        LocalDate dueDate = breached.dueDate() != null || file == null ? breached.dueDate() : file.dueDate(line);
        if (file != null && file.answered(line)) {
            skip(breached, "answered", "the " + line + " has answered");
            return;
        }
        if (line == AnsweringLine.COMPLAINTS_SERVICE && files.interimMessageSent(breached.complaintId())) {
            skip(breached, "interim-message-sent", "an officer already told the member why and when");
            return;
        }
        if (!files.claimDelayNotice(breached.complaintId(), line, breached.metadata().messageId())) {
            skip(breached, "already-notified", "the member was already told of the " + line + "'s delay");
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("dueDate", dueDate);
        variables.put("line", line.name());
        send(breached, null, NotificationType.DELAY_NOTICE, variables, List.of());
    }

    /**
     * An officer wrote why the complaints service's result is late and when it is now expected: the member reads
     * it with the 21-working-day date announced, and the notice on appeal deadlines.
     */
    public void interimMessage(InterimMessageRecorded interim) {
        files.interimMessageSent(interim.complaintId(), interim.metadata().messageId());
        ComplaintFile file = files.of(interim.complaintId()).orElse(null);
        Map<String, Object> variables = new HashMap<>();
        variables.put("expectedDate", interim.expectedDate());
        variables.put("dueDate", file == null ? null : file.complaintsServiceDueDate());
        send(interim, null, NotificationType.INTERIM_MESSAGE, variables,
                List.of(new PersonalText("reason", PersonalFields.INTERIM_REASON, interim.reason())));
    }

    /**
     * An officer declined the complaint: the member gets the letter of a declined submission for the same reason
     * (for a Médecin-Conseil, MLOZ's address and web page), with the complaint's reference and the explanation.
     */
    public void declined(ComplaintDeclined declined) {
        NotificationType type = declined.reason() == DeclineReason.MEDICAL_ADVISOR
                ? NotificationType.COMPLAINT_DECLINED_MEDICAL_ADVISOR : NotificationType.COMPLAINT_DECLINED_OUT_OF_SCOPE;
        send(declined, null, type, new HashMap<>(),
                List.of(new PersonalText("explanation", PersonalFields.DECLINE_EXPLANATION, declined.explanation())));
    }

    /** @param reason a metric tag: why no delay notice was sent */
    private void skip(ComplaintEvent event, String reason, String why) {
        meters.counter("notifications.skipped", "type", NotificationType.DELAY_NOTICE.name(), "reason", reason)
                .increment();
        log.info("Complaint {}: no delay notice for event {}: {}", event.complaintId(), event.metadata().messageId(),
                why);
    }

    private void send(ComplaintEvent event, String eventReference, NotificationType type, Map<String, Object> variables,
                      List<PersonalText> texts) {
        // The complaint's events arrive in order: its ComplaintReceived was processed before this.
        Recipient recipient = recipients.ofComplaint(event.complaintId()).orElseThrow(() ->
                new UnprocessableMessageException("no ComplaintReceived known for complaint " + event.complaintId()
                        + ": nobody to write to"));
        String reference = eventReference != null ? eventReference : recipient.reference();
        variables.put("reference", reference);
        DeliveryChannel channel = recipient.hasEmail() ? DeliveryChannel.EMAIL : DeliveryChannel.LETTER;
        PersonalData.Opener opener = personalData.openerFor(event.complaintId());
        SuppressionReason gone = gone(recipient, opener);
        if (gone != null) {
            RenderedMail withoutPersonalData = templates.render(type.template(), recipient.language(), variables);
            deliveries.suppress(message(event, recipient, reference, type, channel, withoutPersonalData), gone);
            return;
        }
        if (opener.keyStatus() == KeyStatus.UNKNOWN) {
            throw new UnprocessableMessageException("Complaint " + event.complaintId() + " (" + reference
                    + "): the key vault has no key for it, no " + type.template() + " can be written");
        }
        for (PersonalText text : texts) {
            Opened opened = opener.open(text.field(), text.sealed());
            if (!opened.isReadable()) {
                // The key is there (checked above): the value is missing or damaged, no retry helps.
                throw new UnprocessableMessageException("Complaint " + event.complaintId() + " (" + reference + "): "
                        + text.field() + " cannot be opened (" + opened.status()
                        + (opened.problem() == null ? "" : ": " + opened.problem()) + "), no " + type.template());
            }
            variables.put(text.variable(), opened.value());
        }
        if (channel == DeliveryChannel.EMAIL) {
            Opened email = opener.open(PersonalFields.EMAIL, recipient.email());
            if (!email.isReadable()) {
                throw new UnprocessableMessageException("Complaint " + event.complaintId() + " (" + reference
                        + "): the member's email address cannot be opened (" + email.status() + ": "
                        + email.problem() + "), no " + type.template() + " mail");
            }
        }
        variables.put("fullName", MemberNames.fullName(opener, recipient.firstName(), recipient.lastName()));
        RenderedMail content = templates.render(type.template(), recipient.language(), variables);
        deliveries.deliver(message(event, recipient, reference, type, channel, content));
    }

    /** Why the member's personal data can no longer be used, or null while it can. */
    private static SuppressionReason gone(Recipient recipient, PersonalData.Opener opener) {
        if (recipient.contactRemoved() != null) {
            return SuppressionReason.of(recipient.contactRemoved());
        }
        return SuppressionReason.of(opener.keyStatus());
    }

    private static OutgoingMessage message(ComplaintEvent event, Recipient recipient, String reference,
                                           NotificationType type, DeliveryChannel channel, RenderedMail content) {
        return new OutgoingMessage(event.metadata().messageId(), event.metadata().correlationId(),
                event.complaintId(), reference, type, recipient.language(), recipient.recipientId(), channel,
                channel == DeliveryChannel.EMAIL ? recipient.email() : null, null, content);
    }

    /** A sealed staff text the message quotes, opened into {@code variable}. */
    private record PersonalText(String variable, String field, SealedText sealed) {
    }
}
