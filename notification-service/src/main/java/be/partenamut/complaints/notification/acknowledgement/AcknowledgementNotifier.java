package be.partenamut.complaints.notification.acknowledgement;

import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.notification.delivery.MailDelivery;
import be.partenamut.complaints.notification.delivery.NotificationType;
import be.partenamut.complaints.notification.delivery.OutgoingMail;
import be.partenamut.complaints.notification.recipient.Recipient;
import be.partenamut.complaints.notification.recipient.Recipients;
import be.partenamut.complaints.notification.template.MailTemplates;
import be.partenamut.complaints.notification.template.RenderedMail;
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
 */
@Service
public class AcknowledgementNotifier {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgementNotifier.class);
    private static final NotificationType TYPE = NotificationType.ACKNOWLEDGEMENT;

    private final Recipients recipients;
    private final MailTemplates templates;
    private final MailDelivery delivery;
    private final MeterRegistry meters;

    public AcknowledgementNotifier(Recipients recipients, MailTemplates templates, MailDelivery delivery,
                                   MeterRegistry meters) {
        this.recipients = recipients;
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
        if (!recipient.hasEmail()) {
            meters.counter("notifications.skipped", "type", TYPE.name(), "reason", "no-email").increment();
            log.info("Complaint {} ({}): the member gave no email address, no {} mail", acknowledged.complaintId(),
                    reference, TYPE.template());
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("reference", reference);
        variables.put("fullName", recipient.fullName());
        RenderedMail content = templates.render(TYPE.template(), recipient.language(), variables);
        delivery.deliverOnce(new OutgoingMail(acknowledged.metadata().messageId(), acknowledged.complaintId(),
                reference, TYPE, recipient.language(), recipient.email(), content));
    }
}
