package be.partenamut.complaints.notification.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * At {@code complaints.notification.digest-cron} (by default 08:00 Monday to Friday, in the calendar's zone,
 * Europe/Brussels): sends the departments' digests ({@link DepartmentDigests}). Runs whatever
 * {@code department-mail} says, so complaints recorded for a digest before a switch to {@code EACH} still go out.
 */
@Component
class DepartmentDigestJob {

    private static final Logger log = LoggerFactory.getLogger(DepartmentDigestJob.class);

    private final DepartmentDigests digests;

    DepartmentDigestJob(DepartmentDigests digests) {
        this.digests = digests;
    }

    @Scheduled(cron = "${complaints.notification.digest-cron:" + DepartmentMailSettings.DEFAULT_DIGEST_CRON + "}",
            zone = "${complaints.calendar.zone:Europe/Brussels}")
    void run() {
        try {
            digests.sendDue();
        } catch (RuntimeException e) {
            // The database may be down: nothing was marked listed, the next digest lists these complaints too.
            log.warn("Department digests not sent: {}", e.toString());
        }
    }
}
