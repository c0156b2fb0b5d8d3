package be.partenamut.complaints.notification.acknowledgement;

import be.partenamut.complaints.contracts.ErasureCause;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.notification.delivery.MailDelivery;
import be.partenamut.complaints.notification.delivery.NotificationType;
import be.partenamut.complaints.notification.delivery.OutgoingMail;
import be.partenamut.complaints.notification.delivery.SuppressionReason;
import be.partenamut.complaints.notification.recipient.Recipient;
import be.partenamut.complaints.notification.recipient.Recipients;
import be.partenamut.complaints.notification.template.MailTemplates;
import be.partenamut.complaints.notification.template.RenderedMail;
import be.partenamut.complaints.personaldata.Opened;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.support.messaging.UnprocessableMessageException;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.HashMap;
import java.util.Map;

/**
 * Tells the member, in their language, that their complaint was received and passed to the
 * service concerned, and under which reference: the policy promises an immediate acknowledgement.
 * The member's address and name are opened from their sealed form only here, in memory, to send;
 * once the member's personal data is gone, nothing is sent and the message is recorded as suppressed.
 */
@Service
public class AcknowledgementNotifier {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgementNotifier.class);
    private static final NotificationType TYPE = NotificationType.ACKNOWLEDGEMENT;

    private final Recipients recipients;
    private final PersonalData personalData;
    private final MailTemplates templates;
    private final MailDelivery delivery;
    private final MeterRegistry meters;

    public AcknowledgementNotifier(Recipients recipients, PersonalData personalData, MailTemplates templates,
                                   MailDelivery delivery, MeterRegistry meters) {
        this.recipients = recipients;
        this.personalData = personalData;
        this.templates = templates;
        this.delivery = delivery;
        this.meters = meters;
    }

    public void acknowledge(ComplaintAcknowledged acknowledged) {
        // The complaint's events arrive in order: its ComplaintReceived was processed before this.
        Recipient recipient = recipients.ofComplaint(acknowledged.complaintId()).orElseThrow(() ->
                new UnprocessableMessageException("no ComplaintReceived known for complaint "
                        + acknowledged.complaintId() + ": nobody to acknowledge to"));
        String reference = acknowledged.reference() != null ? acknowledged.reference() : recipient.reference();
        PersonalData.Opener opener = personalData.openerFor(acknowledged.complaintId());
        SuppressionReason gone = gone(recipient, opener);
        if (gone != null) {
            delivery.suppress(mail(acknowledged, recipient, reference, null, null, render(recipient, reference, null)),
                    gone);
            return;
        }
        if (!recipient.hasEmail()) {
            meters.counter("notifications.skipped", "type", TYPE.name(), "reason", "no-email").increment();
            log.info("Complaint {} ({}): the member gave no email address, no {} mail", acknowledged.complaintId(),
                    reference, TYPE.template());
            return;
        }
        Opened email = opener.open(PersonalFields.EMAIL, recipient.email());
        if (!email.isReadable()) {
            // The key is there (checked above), so the sealed address itself is damaged: no retry helps.
            throw new UnprocessableMessageException("Complaint " + acknowledged.complaintId() + " (" + reference
                    + "): the member's email address cannot be opened (" + email.status() + ": " + email.problem()
                    + "), no " + TYPE.template() + " mail");
        }
        RenderedMail content = render(recipient, reference, fullName(opener, recipient));
        delivery.deliverOnce(mail(acknowledged, recipient, reference, recipient.email(), email.value(), content));
    }

    /** Why the member's personal data can no longer be used, or null while it can. */
    private static SuppressionReason gone(Recipient recipient, PersonalData.Opener opener) {
        if (recipient.contactRemoved() != null) {
            return SuppressionReason.of(recipient.contactRemoved());
        }
        switch (opener.keyStatus()) {
            case ERASED:
                return SuppressionReason.of(ErasureCause.ERASURE_REQUEST);
            case EXPIRED:
                return SuppressionReason.of(ErasureCause.RETENTION_EXPIRED);
            default:
                return null;
        }
    }

    /** "First Last", or null when neither name can be read (the templates then greet without a name). */
    private static String fullName(PersonalData.Opener opener, Recipient recipient) {
        String firstName = name(opener, recipient, PersonalFields.FIRST_NAME, recipient.firstName());
        String lastName = name(opener, recipient, PersonalFields.LAST_NAME, recipient.lastName());
        String name = ((firstName == null ? "" : firstName.strip()) + " "
                + (lastName == null ? "" : lastName.strip())).strip();
        return name.isEmpty() ? null : name;
    }

    private static String name(PersonalData.Opener opener, Recipient recipient, String field, SealedText sealed) {
        Opened opened = opener.open(field, sealed);
        if (opened.status() == Opened.Readability.UNREADABLE) {
            // The problem says what is wrong with the value, never what it holds.
            log.warn("Complaint {} ({}): the member's {} cannot be opened ({}), greeting without it",
                    recipient.complaintId(), recipient.reference(), field, opened.problem());
        }
        return opened.value();
    }

    private RenderedMail render(Recipient recipient, String reference, String fullName) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reference", reference);
        variables.put("fullName", fullName);
        return templates.render(TYPE.template(), recipient.language(), variables);
    }

    private static OutgoingMail mail(ComplaintAcknowledged acknowledged, Recipient recipient, String reference,
                                     SealedText sealedAddress, String address,
                                     RenderedMail content) {
        return new OutgoingMail(acknowledged.metadata().messageId(), acknowledged.complaintId(), reference, TYPE,
                recipient.language(), recipient.recipientId(), sealedAddress, address, content);
    }
}
