package be.partenamut.complaints.notification.declined;

import be.partenamut.complaints.contracts.ErasureCause;
import be.partenamut.complaints.notification.delivery.Deliveries;
import be.partenamut.complaints.notification.delivery.DeliveryLog;
import be.partenamut.complaints.notification.message.NotificationType;
import be.partenamut.complaints.notification.delivery.SuppressionReason;
import be.partenamut.complaints.notification.recipient.Recipients;
import be.partenamut.complaints.personaldata.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A declined submission's contact is shredded once the member is told; this makes sure it is shredded
 * even when they never are (a mail that stayed a dead letter, a letter never printed). After
 * {@code complaints.notification.declined.keep-contact-for} (30 days by default: time enough for the mail
 * room's weekly print runs and for operations to revive a dead letter, while a member told nothing
 * still has intake's immediate answer), the submission's key is destroyed, a message still waiting is
 * suppressed, a letter still queued is withdrawn, and the sealed addresses, contents and PDFs are
 * deleted. Nothing personal of a submission the policy does not handle outlives that period.
 */
@Component
public class DeclinedSubmissionRetention {

    private static final Logger log = LoggerFactory.getLogger(DeclinedSubmissionRetention.class);
    /** A night's share; a backlog (the job was down) is taken over the following nights. */
    private static final int BATCH = 1000;
    private static final List<NotificationType> NOT_ABOUT_A_COMPLAINT = Arrays.stream(NotificationType.values())
            .filter(NotificationType::aboutADeclinedSubmission)
            .toList();

    private final DeliveryLog deliveryLog;
    private final Deliveries deliveries;
    private final Recipients recipients;
    private final PersonalData personalData;
    private final Duration keepContactFor;
    private final Clock clock;

    public DeclinedSubmissionRetention(DeliveryLog deliveryLog, Deliveries deliveries, Recipients recipients,
                                       PersonalData personalData,
                                       @Value("${complaints.notification.declined.keep-contact-for:30d}")
                                       Duration keepContactFor,
                                       Clock clock) {
        this.deliveryLog = deliveryLog;
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.personalData = personalData;
        this.keepContactFor = keepContactFor;
        this.clock = clock;
    }

    @Scheduled(cron = "${complaints.notification.declined.retention-cron:0 30 2 * * *}",
            zone = "Europe/Brussels")
    void nightly() {
        try {
            shredAsOf(clock.instant());
        } catch (RuntimeException e) {
            // The database may be down tonight: tomorrow's run catches up.
            log.warn("Declined submissions' retention run failed: {}", e.toString());
        }
    }

    /**
     * Shreds what is still kept of submissions declined more than the retention period before {@code now}.
     *
     * @return how many submissions were shredded
     */
    public int shredAsOf(Instant now) {
        List<UUID> due = deliveryLog.stillHoldingPersonalData(NOT_ABOUT_A_COMPLAINT, now.minus(keepContactFor), BATCH);
        for (UUID submissionId : due) {
            // The key first: from then on nothing of the submission can be opened, whatever fails next.
            personalData.vault().expire(submissionId);
            deliveries.forget(submissionId, SuppressionReason.EXPIRED);
            recipients.removeContact(submissionId, ErasureCause.RETENTION_EXPIRED, now);
        }
        if (!due.isEmpty()) {
            log.info("{} declined submission(s) older than {}: contact shredded", due.size(), keepContactFor);
        }
        return due.size();
    }
}
