package be.partenamut.complaints.notification.staff;

import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.notification.delivery.Deliveries;
import be.partenamut.complaints.notification.delivery.OutgoingMessage;
import be.partenamut.complaints.notification.message.Delivery;
import be.partenamut.complaints.notification.message.NotificationType;
import be.partenamut.complaints.notification.template.MailTemplates;
import be.partenamut.complaints.notification.template.RenderedMail;
import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Each department's daily digest of the complaints that entered its queue
 * ({@code complaints.notification.department-mail=DIGEST}).
 *
 * <p>A routed complaint is recorded for its department's next digest. At the digest time, on a day the
 * working-day calendar counts (never on a Belgian public holiday or a closure day: the complaints wait for the next
 * digest), each department with complaints waiting gets one mail listing them: reference, date of receipt, channel,
 * category, due date and a link to the complaint's page in the office. Nothing of the member: their name, number and
 * words stay in the office, behind its sign-in. A department with nothing new gets nothing.
 *
 * <p>Nothing is listed twice, nothing is lost: the digest's delivery is recorded, and its complaints marked as
 * listed by it, in one transaction; it is sent once that is committed, through the delivery log like every other
 * message (retried, dead-lettered, sent once). Should the service stop before the send, the retry job sends the
 * recorded digest; should it stop before the commit, nothing is marked and the next digest lists them. Several
 * instances may run the job: the complaints one of them is listing are locked, and skipped by the others.
 *
 * <p>Written in French and Dutch at once, as every staff message: the departments are the head office's, in
 * Brussels, serving members of both communities, and their shared mailboxes are read by French- and Dutch-speaking
 * agents alike. A digest in one language would leave half of a team out, and the platform knows no language of a
 * department to choose by.
 */
@Service
public class DepartmentDigests {

    private static final Logger log = LoggerFactory.getLogger(DepartmentDigests.class);
    static final String TEMPLATE = NotificationType.DEPARTMENT_DIGEST.template();

    private final DigestEntries entries;
    private final StaffMailboxes mailboxes;
    private final MailTemplates templates;
    private final Deliveries deliveries;
    private final WorkingDayCalendar calendar;
    private final DepartmentMailSettings settings;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    public DepartmentDigests(DigestEntries entries, StaffMailboxes mailboxes, MailTemplates templates,
                             Deliveries deliveries, WorkingDayCalendar calendar, DepartmentMailSettings settings,
                             TransactionTemplate transactions, MeterRegistry meters, Clock clock) {
        this.entries = entries;
        this.mailboxes = mailboxes;
        this.templates = templates;
        this.deliveries = deliveries;
        this.calendar = calendar;
        this.settings = settings;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
        Gauge.builder("notifications.department.digest.waiting", entries, DigestEntries::waiting)
                .description("Complaints waiting for their department's next digest")
                .register(meters);
    }

    /** The complaint entered {@code routed.department()}'s queue: it is listed in that department's next digest. */
    void record(ComplaintRouted routed) {
        boolean recorded = entries.record(routed.metadata().messageId(), routed.complaintId(), routed.department(),
                routed.metadata().occurredAt() != null ? routed.metadata().occurredAt() : clock.instant(),
                clock.instant());
        if (recorded) {
            log.info("Complaint {}: waits for the next digest of department {}", routed.complaintId(),
                    routed.department());
        }
    }

    /**
     * The complaint left the queue where it may wait for a digest (escalated to the complaints service, which
     * hears of each escalated complaint at once; routed to a department without a mailbox): that department's
     * next digest does not list it.
     */
    void withdraw(ComplaintRouted routed) {
        entries.withdraw(routed.complaintId(), routed.metadata().messageId());
    }

    /**
     * Sends the digests due now: one per department with complaints waiting, if today is a digest day.
     *
     * @return the digests sent (or recorded to be tried again, if the mail server did not take them)
     */
    public List<Delivery> sendDue() {
        List<Delivery> sent = new ArrayList<>();
        for (UUID digest : recordDue()) {
            deliveries.attempt(digest).ifPresent(sent::add);
        }
        return sent;
    }

    /**
     * The first half of {@link #sendDue()}: records the digests due now, each with the complaints it lists, for
     * delivery, and sends none. What a service that stops right after leaves behind: the retry job sends them.
     *
     * @return the digests' delivery ids
     */
    List<UUID> recordDue() {
        LocalDate today = clock.instant().atZone(calendar.zone()).toLocalDate();
        if (!isDigestDay(today)) {
            log.info("No department digest on {}: a public holiday or closure day, or not a day of digest-cron; "
                    + "the complaints waiting are listed in the next digest", today);
            return List.of();
        }
        List<UUID> digests = new ArrayList<>();
        for (String department : entries.departmentsWaiting()) {
            Optional<Recorded> recorded = transactions.execute(status -> recordDigest(department, today));
            if (recorded == null || recorded.isEmpty()) {
                continue;
            }
            meters.counter("notifications.department.digests", "department", department).increment();
            meters.counter("notifications.department.digest.entries", "department", department)
                    .increment(recorded.get().complaints());
            log.info("Department {}: digest {} of {} complaint(s) recorded", department,
                    recorded.get().deliveryId(), recorded.get().complaints());
            digests.add(recorded.get().deliveryId());
        }
        return digests;
    }

    /**
     * Whether digests go out on {@code day}: the cron fires that day, and the working-day calendar counts it (a
     * public holiday on a weekday is skipped).
     */
    boolean isDigestDay(LocalDate day) {
        if (!calendar.isWorkingDay(day)) {
            return false;
        }
        CronExpression schedule = settings.digestSchedule();
        ZonedDateTime next = schedule.next(day.atStartOfDay(calendar.zone()).minusNanos(1));
        return next != null && next.toLocalDate().equals(day);
    }

    private Optional<Recorded> recordDigest(String department, LocalDate today) {
        Optional<String> mailbox = mailboxes.of(department);
        if (mailbox.isEmpty()) {
            meters.counter("notifications.skipped", "type", NotificationType.DEPARTMENT_DIGEST.name(),
                    "reason", "no-mailbox").increment();
            log.warn("Department {}: no mailbox configured (complaints.notification.departments.{}.email), its "
                    + "complaints wait for a digest until one is", department, department);
            return Optional.empty();
        }
        List<DigestEntries.Line> lines = entries.lockWaiting(department);
        if (lines.isEmpty()) {
            return Optional.empty(); // another instance is listing them
        }
        UUID digestId = UUID.randomUUID();
        RenderedMail content = templates.renderStaff(TEMPLATE, variables(department, today, lines));
        Delivery delivery = deliveries.record(new OutgoingMessage(digestId, "department-digest-" + digestId, digestId,
                null, NotificationType.DEPARTMENT_DIGEST, null, "department:" + department, DeliveryChannel.EMAIL,
                null, mailbox.get(), content));
        entries.include(lines.stream().map(DigestEntries.Line::routingMessageId).toList(), delivery.deliveryId(),
                clock.instant());
        return Optional.of(new Recorded(delivery.deliveryId(), lines.size()));
    }

    private Map<String, Object> variables(String department, LocalDate today, List<DigestEntries.Line> lines) {
        List<Map<String, Object>> complaints = new ArrayList<>();
        for (DigestEntries.Line line : lines) {
            // Maps, not the record: the templates' expressions read properties, which a record's accessors are not.
            Map<String, Object> complaint = new LinkedHashMap<>();
            complaint.put("reference", line.reference());
            complaint.put("receivedOn", line.receivedAt() == null ? null
                    : line.receivedAt().atZone(calendar.zone()).toLocalDate());
            complaint.put("channel", line.channel());
            complaint.put("category", line.category());
            complaint.put("dueDate", line.dueDate());
            complaint.put("link", settings.complaintPage(line.complaintId()));
            complaint.put("suggestion", line.suggestion());
            complaints.add(complaint);
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("department", department);
        variables.put("date", today);
        variables.put("count", lines.size());
        variables.put("complaints", complaints);
        return variables;
    }

    /** A digest recorded for delivery, and how many complaints it lists. */
    private record Recorded(UUID deliveryId, int complaints) {
    }
}
