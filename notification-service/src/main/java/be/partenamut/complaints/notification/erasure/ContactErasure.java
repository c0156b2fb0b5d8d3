package be.partenamut.complaints.notification.erasure;

import be.partenamut.complaints.contracts.ErasureCause;
import be.partenamut.complaints.contracts.events.PersonalDataErased;
import be.partenamut.complaints.notification.delivery.Deliveries;
import be.partenamut.complaints.notification.delivery.SuppressionReason;
import be.partenamut.complaints.notification.recipient.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * When a complaint's personal data is erased (the member asked, or the retention period ended), its
 * key is already destroyed in the key vault, so what this service keeps of it can no longer be read;
 * the sealed contact details, archived messages and letters are deleted as well, so nothing of the
 * member is left here at all, and whatever was still to go out (a retry, a letter not printed yet) is
 * suppressed. The non-personal facts stay: which messages were sent, when, how, in which language,
 * under which reference.
 */
@Service
public class ContactErasure {

    private static final Logger log = LoggerFactory.getLogger(ContactErasure.class);

    private final Recipients recipients;
    private final Deliveries deliveries;
    private final Clock clock;

    public ContactErasure(Recipients recipients, Deliveries deliveries, Clock clock) {
        this.recipients = recipients;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Idempotent: a redelivered event finds nothing left to delete and changes nothing. */
    public void forget(PersonalDataErased erased) {
        ErasureCause cause = erased.cause() != null ? erased.cause() : ErasureCause.ERASURE_REQUEST;
        boolean known = recipients.removeContact(erased.complaintId(), cause, clock.instant());
        log.info("Complaint {}: personal data erased ({}); {}", erased.complaintId(), cause,
                known ? "sealed contact details removed" : "no contact details known");
        deliveries.forget(erased.complaintId(), SuppressionReason.of(cause));
    }
}
