package be.partenamut.complaints.notification.declined;

import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.submissions.SubmissionDeclined;
import be.partenamut.complaints.notification.delivery.NotificationType;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Submissions the policy does not handle: about something other than the insurer's services, or about
 * a Médecin-Conseil (to be sent, in writing, to the national union's complaints service). The
 * templates {@code not-handled-out-of-scope} and {@code not-handled-medical-advisor} say so in the
 * member's language.
 *
 * <p>A {@code SubmissionDeclined} carries no contact (nothing personal is kept of a declined
 * submission), so no message can be written from it: intake answers the channel at once, in the
 * member's language. This counts them, so operations see how many were declined and why; the day
 * intake passes a sealed contact, the message goes out from here. Anonymous submissions get no message
 * by nature: there is nobody to write to.
 */
@Service
public class DeclinedSubmissions {

    private static final Logger log = LoggerFactory.getLogger(DeclinedSubmissions.class);

    private final MeterRegistry meters;

    public DeclinedSubmissions(MeterRegistry meters) {
        this.meters = meters;
    }

    public void declined(SubmissionDeclined declined) {
        DeclineReason reason = declined.reason();
        if (reason == null || reason == DeclineReason.ANONYMOUS) {
            meters.counter("notifications.skipped", "type", "NOT_HANDLED", "reason", "anonymous").increment();
            log.info("Declined submission {} ({}): anonymous, nobody to write to", declined.metadata().complaintId(),
                    reason);
            return;
        }
        NotificationType type = templateFor(reason);
        meters.counter("notifications.skipped", "type", type.name(), "reason", "no-contact").increment();
        log.info("Declined submission {} ({}, {}): the event carries no contact, intake answered the channel; "
                + "no {} sent", declined.metadata().complaintId(), reason,
                declined.language() == null ? "?" : declined.language().code(), type.template());
    }

    /** The message a declined submission calls for. */
    public static NotificationType templateFor(DeclineReason reason) {
        return reason == DeclineReason.MEDICAL_ADVISOR ? NotificationType.NOT_HANDLED_MEDICAL_ADVISOR
                : NotificationType.NOT_HANDLED_OUT_OF_SCOPE;
    }
}
