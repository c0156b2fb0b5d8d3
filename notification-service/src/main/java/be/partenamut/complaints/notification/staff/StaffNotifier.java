package be.partenamut.complaints.notification.staff;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.contracts.events.DepartmentInputRequested;
import be.partenamut.complaints.contracts.events.RecommendationIssued;
import be.partenamut.complaints.notification.complaint.ComplaintFile;
import be.partenamut.complaints.notification.complaint.ComplaintFiles;
import be.partenamut.complaints.notification.delivery.Deliveries;
import be.partenamut.complaints.notification.message.NotificationType;
import be.partenamut.complaints.notification.delivery.OutgoingMessage;
import be.partenamut.complaints.notification.delivery.SuppressionReason;
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
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells staff, in French and Dutch, what they must act on: a new complaint in a department's queue (at once,
 * or in the department's daily digest: {@link DepartmentDigests}), a
 * due date near or passed (to the department in charge and to the complaints service), a
 * recommendation addressed to a department. Staff messages name the complaint by its reference and id
 * and carry nothing of the member (no name, no address, no text of theirs): staff open the complaint in
 * the office. A recommendation's text is quoted: it is what the department must act on.
 */
@Service
public class StaffNotifier {

    private static final Logger log = LoggerFactory.getLogger(StaffNotifier.class);

    private final StaffMailboxes mailboxes;
    private final ComplaintFiles files;
    private final PersonalData personalData;
    private final MailTemplates templates;
    private final Deliveries deliveries;
    private final MeterRegistry meters;
    private final DepartmentMailSettings settings;
    private final DepartmentDigests digests;

    public StaffNotifier(StaffMailboxes mailboxes, ComplaintFiles files, PersonalData personalData,
                         MailTemplates templates, Deliveries deliveries, MeterRegistry meters,
                         DepartmentMailSettings settings, DepartmentDigests digests) {
        this.mailboxes = mailboxes;
        this.files = files;
        this.personalData = personalData;
        this.templates = templates;
        this.deliveries = deliveries;
        this.meters = meters;
        this.settings = settings;
        this.digests = digests;
    }

    /**
     * A complaint entered the queue of {@code routed.department()}: the department is told at once
     * ({@link DepartmentMail#EACH}), or in its next digest ({@link DepartmentMail#DIGEST}). The complaints
     * service hears of each escalated complaint at once whatever the mode: escalations are few, each one a
     * member who disagrees, and its 21 working days run from the escalation.
     */
    public void routed(ComplaintRouted routed) {
        ComplaintFile file = file(routed);
        boolean escalated = StaffMailboxes.COMPLAINTS_SERVICE.equalsIgnoreCase(routed.department());
        if (settings.departmentMail() == DepartmentMail.DIGEST && !escalated
                && mailboxes.of(routed.department()).isPresent()) {
            digests.record(routed);
            return;
        }
        // Not for a digest: the complaint left the queue where it may wait for one.
        digests.withdraw(routed);
        Map<String, Object> variables = new HashMap<>();
        variables.put("department", routed.department());
        variables.put("previousDepartment", routed.previousDepartment());
        variables.put("dueDate", file.firstLineDueDate());
        variables.put("suggestion", file.suggestion());
        send(routed, file, NotificationType.NEW_COMPLAINT_IN_QUEUE, routed.department(), variables, null);
    }

    /** The line in charge must answer by {@code dueDate}, soon. */
    public void deadlineNear(ComplaintEvent event, AnsweringLine line, LocalDate dueDate) {
        deadline(event, NotificationType.SLA_WARNING, line, dueDate);
    }

    /** The line in charge did not answer by {@code dueDate}. */
    public void deadlinePassed(ComplaintEvent event, AnsweringLine line, LocalDate dueDate) {
        deadline(event, NotificationType.SLA_BREACH, line, dueDate);
    }

    /** The complaints service recommends a change to a department. */
    public void recommended(RecommendationIssued issued) {
        ComplaintFile file = file(issued);
        Map<String, Object> variables = new HashMap<>();
        variables.put("department", issued.department());
        send(issued, file, NotificationType.RECOMMENDATION, issued.department(), variables,
                new Quoted("recommendation", PersonalFields.RECOMMENDATION, issued.recommendation()));
    }

    /** The complaints service asks a department for its input on a complaint it is instructing. */
    public void inputRequested(DepartmentInputRequested requested) {
        ComplaintFile file = file(requested);
        Map<String, Object> variables = new HashMap<>();
        variables.put("department", requested.department());
        send(requested, file, NotificationType.DEPARTMENT_INPUT_REQUEST, requested.department(), variables,
                new Quoted("question", PersonalFields.INPUT_QUESTION, requested.question()));
    }

    private void deadline(ComplaintEvent event, NotificationType type, AnsweringLine eventLine, LocalDate dueDate) {
        ComplaintFile file = file(event);
        AnsweringLine line = eventLine == null ? AnsweringLine.FIRST_LINE : eventLine;
        Map<String, Object> variables = new HashMap<>();
        variables.put("line", line.name());
        variables.put("dueDate", dueDate != null ? dueDate : file.dueDate(line));
        variables.put("department", file.department());
        // The department in charge (or concerned, once the complaints service took over), and the complaints service.
        Set<String> departments = new LinkedHashSet<>();
        if (file.department() != null) {
            departments.add(file.department());
        }
        departments.add(StaffMailboxes.COMPLAINTS_SERVICE);
        for (String department : departments) {
            send(event, file, type, department, new HashMap<>(variables), null);
        }
    }

    private void send(ComplaintEvent event, ComplaintFile file, NotificationType type, String department,
                      Map<String, Object> variables, Quoted quoted) {
        Optional<String> mailbox = mailboxes.of(department);
        if (mailbox.isEmpty()) {
            meters.counter("notifications.skipped", "type", type.name(), "reason", "no-mailbox").increment();
            log.warn("Complaint {} ({}): no mailbox configured for department {} "
                            + "(complaints.notification.departments.{}.email), no {} sent", event.complaintId(),
                    file.reference(), department, department, type.template());
            return;
        }
        variables.put("reference", file.reference());
        variables.put("complaintId", event.complaintId().toString());
        PersonalData.Opener opener = personalData.openerFor(event.complaintId());
        SuppressionReason gone = SuppressionReason.of(opener.keyStatus());
        String recipientId = "department:" + department;
        if (gone != null) {
            // The message is archived sealed with the complaint's key, which is gone: the complaint is no
            // longer handled as such, and its recommendation (personal) could not be quoted anyway.
            deliveries.suppress(message(event, file, type, recipientId, mailbox.get(),
                    templates.renderStaff(type.template(), variables)), gone);
            return;
        }
        if (opener.keyStatus() == KeyStatus.UNKNOWN) {
            throw new UnprocessableMessageException("Complaint " + event.complaintId() + " (" + file.reference()
                    + "): the key vault has no key for it, no " + type.template() + " can be archived");
        }
        if (quoted != null) {
            Opened text = opener.open(quoted.field(), quoted.sealed());
            if (!text.isReadable()) {
                throw new UnprocessableMessageException("Complaint " + event.complaintId() + " (" + file.reference()
                        + "): " + quoted.field() + " cannot be opened (" + text.status()
                        + (text.problem() == null ? "" : ": " + text.problem()) + "), no " + type.template());
            }
            variables.put(quoted.variable(), text.value());
        }
        RenderedMail content = templates.renderStaff(type.template(), variables);
        deliveries.deliver(message(event, file, type, recipientId, mailbox.get(), content));
    }

    private ComplaintFile file(ComplaintEvent event) {
        // The complaint's events arrive in order: its ComplaintReceived was processed before this.
        return files.of(event.complaintId()).orElseThrow(() -> new UnprocessableMessageException(
                "no ComplaintReceived known for complaint " + event.complaintId() + ": no reference to write about"));
    }

    private static OutgoingMessage message(ComplaintEvent event, ComplaintFile file, NotificationType type,
                                           String recipientId, String mailbox, RenderedMail content) {
        return new OutgoingMessage(event.metadata().messageId(), event.metadata().correlationId(), event.complaintId(),
                file.reference(), type, null, recipientId, DeliveryChannel.EMAIL, null, mailbox, content);
    }

    /** A sealed text of the event that the message quotes. */
    private record Quoted(String variable, String field, SealedText sealed) {
    }
}
