package be.partenamut.complaints.notification.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;

import java.net.URI;
import java.util.UUID;

/**
 * {@code complaints.notification.*}: how department mailboxes hear of new complaints. Checked at start-up, so a
 * typo in the cron or the office's address stops the service instead of every digest.
 *
 * @param departmentMail a digest per working day (the default) or a mail per complaint
 * @param digestCron     when digests go out, in the calendar's zone ({@code complaints.calendar.zone}); a day the
 *                       working-day calendar does not count (a Belgian public holiday, a closure day) is skipped
 *                       whatever the cron says, its complaints carried over to the next digest
 * @param officeUrl      the complaints office's address, under which a digest links each complaint's page
 */
@ConfigurationProperties("complaints.notification")
public record DepartmentMailSettings(
        @DefaultValue("DIGEST") DepartmentMail departmentMail,
        @DefaultValue(DepartmentMailSettings.DEFAULT_DIGEST_CRON) String digestCron,
        @DefaultValue("http://localhost:8080") URI officeUrl) {

    /** 08:00, Monday to Friday: the office's working week, before the day's work is planned. */
    public static final String DEFAULT_DIGEST_CRON = "0 0 8 * * MON-FRI";

    public DepartmentMailSettings {
        if (!CronExpression.isValidExpression(digestCron)) {
            throw new IllegalArgumentException("complaints.notification.digest-cron is not a cron expression: "
                    + digestCron);
        }
        if (!officeUrl.isAbsolute() || officeUrl.getHost() == null) {
            throw new IllegalArgumentException("complaints.notification.office-url is not an absolute URL: " + officeUrl);
        }
    }

    public CronExpression digestSchedule() {
        return CronExpression.parse(digestCron);
    }

    /** The office's page of the complaint. */
    public String complaintPage(UUID complaintId) {
        String base = officeUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/complaints/" + complaintId;
    }
}
