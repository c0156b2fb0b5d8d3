package be.partenamut.complaints.notification.delivery.web;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.contracts.deliveries.RecipientKind;
import be.partenamut.complaints.notification.complaint.ComplaintFiles;
import be.partenamut.complaints.notification.message.Delivery;
import be.partenamut.complaints.notification.delivery.DeliveryLog;
import be.partenamut.complaints.notification.message.DeliveryStatus;
import be.partenamut.complaints.notification.message.NotificationType;
import be.partenamut.complaints.personaldata.Opened;
import be.partenamut.complaints.personaldata.Opened.Readability;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.personaldata.vault.KeyStatus;
import be.partenamut.complaints.support.problem.Problems;
import be.partenamut.complaints.support.security.DepartmentScope;
import be.partenamut.complaints.support.security.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Lets staff see what was sent about a complaint, to the member and to staff, and whether it went
 * out: the list for the complaint's page, and each message with its archived content (the text as the
 * recipient read it). The member's address and the content are opened for the response only, in
 * memory; once the member's data is erased they read as null, and {@code recipientStatus} /
 * {@code contentStatus} say why. A department agent sees the messages of their department's complaints only
 * (and of complaints no department holds yet).
 */
@RestController
@RequestMapping("/api/v1/notifications")
public class NotificationsController {

    static final String NOTIFICATION_NOT_FOUND = "notification-not-found";
    /** How a staff message names its department among recipients: {@code department:<code>}. */
    private static final String DEPARTMENT_RECIPIENT = "department:";

    private final DeliveryLog deliveries;
    private final PersonalData personalData;
    private final ComplaintFiles complaints;

    public NotificationsController(DeliveryLog deliveries, PersonalData personalData, ComplaintFiles complaints) {
        this.deliveries = deliveries;
        this.personalData = personalData;
        this.complaints = complaints;
    }

    /** For those who handle complaints: an analyst reads the figures, never a member's address. */
    @GetMapping
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER', 'ADMIN')")
    public List<Notification> ofComplaint(@RequestParam UUID complaintId, StaffMember caller) {
        DepartmentScope.of(caller).check(complaints.departmentOf(complaintId).orElse(null));
        List<Delivery> found = deliveries.ofComplaint(complaintId);
        if (found.isEmpty()) {
            return List.of();
        }
        PersonalData.Opener opener = personalData.openerFor(complaintId);
        return found.stream().map(delivery -> Notification.of(delivery, recipient(opener, delivery))).toList();
    }

    /** One message with the content it carried; the complaint's page in the office links here. */
    @GetMapping("/{notificationId}")
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER', 'ADMIN')")
    public NotificationContent content(@PathVariable UUID notificationId, StaffMember caller) {
        Delivery delivery = deliveries.get(notificationId).orElseThrow(() -> new ErrorResponseException(
                HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, NOTIFICATION_NOT_FOUND,
                        "Notification not found", "No message has the id " + notificationId + "."), null));
        if (!delivery.type().carriesPersonalData()) {
            return asWritten(delivery, caller);
        }
        DepartmentScope.of(caller).check(complaints.departmentOf(delivery.complaintId()).orElse(null));
        PersonalData.Opener opener = personalData.openerFor(delivery.complaintId());
        Opened text = content(opener, DeliveryLog.ContentSealer.TEXT, delivery);
        Opened html = content(opener, DeliveryLog.ContentSealer.HTML, delivery);
        return new NotificationContent(Notification.of(delivery, recipient(opener, delivery)), delivery.subject(),
                text.value(), html.value(), text.status());
    }

    /**
     * A message about no member (a department's digest), kept as written: shown to its department's agents, to
     * officers and administrators.
     */
    private static NotificationContent asWritten(Delivery delivery, StaffMember caller) {
        String recipientId = delivery.recipientId();
        DepartmentScope.of(caller).check(recipientId.startsWith(DEPARTMENT_RECIPIENT)
                ? recipientId.substring(DEPARTMENT_RECIPIENT.length()) : recipientId);
        Opened text = opened(DeliveryLog.ContentSealer.asWritten(delivery.text()));
        Opened html = opened(DeliveryLog.ContentSealer.asWritten(delivery.html()));
        return new NotificationContent(Notification.of(delivery, Opened.readable(delivery.recipientAddress())),
                delivery.subject(), text.value(), html.value(), text.status());
    }

    private static Opened opened(String value) {
        return value == null ? Opened.absent() : Opened.readable(value);
    }

    /**
     * The delivery's address as it can be read now: a department's mailbox as it is; a member's, opened.
     * Without a sealed address (a letter, a suppressed message, or contact details removed after an
     * erasure), the complaint's key says whether the data is gone.
     */
    private static Opened recipient(PersonalData.Opener opener, Delivery delivery) {
        if (delivery.recipientAddress() != null) {
            return Opened.readable(delivery.recipientAddress());
        }
        return orGone(opener, opener.open(PersonalFields.EMAIL, delivery.sealedRecipient()));
    }

    private static Opened content(PersonalData.Opener opener, String field, Delivery delivery) {
        return orGone(opener, opener.open(field, field.equals(DeliveryLog.ContentSealer.TEXT) ? delivery.text()
                : delivery.html()));
    }

    private static Opened orGone(PersonalData.Opener opener, Opened opened) {
        if (opened.status() != Readability.ABSENT) {
            return opened;
        }
        if (opener.keyStatus() == KeyStatus.ERASED) {
            return new Opened(null, Readability.ERASED, null, null);
        }
        if (opener.keyStatus() == KeyStatus.EXPIRED) {
            return new Opened(null, Readability.EXPIRED, null, null);
        }
        return opened;
    }

    /**
     * One message as staff see it in a list.
     *
     * @param language        the member's language; null for a staff message (French and Dutch)
     * @param recipientId     the member's pseudonym or {@code department:<code>}
     * @param recipient       the address it was sent (or was to be sent) to, when it can still be read; null
     *                        for a letter
     * @param recipientStatus whether the address can be read: {@code READABLE}, or why not
     *                        ({@code ERASED}, {@code EXPIRED}, {@code ABSENT}, {@code UNREADABLE})
     * @param status          {@code SENT}, {@code QUEUED_FOR_PRINT}, {@code PENDING}/{@code FAILED} (being
     *                        retried), {@code DEAD} (given up) or {@code SUPPRESSED}
     * @param contentUrl      where its content is shown
     * @param letterUrl       where a letter's PDF is downloaded; null for an email
     */
    public record Notification(
            UUID notificationId,
            UUID complaintId,
            NotificationType type,
            RecipientKind recipientKind,
            DeliveryChannel channel,
            Language language,
            String recipientId,
            String recipient,
            Readability recipientStatus,
            String subject,
            DeliveryStatus status,
            int attempts,
            String lastError,
            Instant createdAt,
            Instant sentAt,
            String contentUrl,
            String letterUrl) {

        static Notification of(Delivery delivery, Opened recipient) {
            return new Notification(delivery.deliveryId(), delivery.complaintId(), delivery.type(),
                    delivery.recipientKind(), delivery.channel(), delivery.language(), delivery.recipientId(),
                    recipient.value(), recipient.status(), delivery.subject(), delivery.status(), delivery.attempts(),
                    delivery.lastError(), delivery.createdAt(), delivery.sentAt(),
                    "/api/v1/notifications/" + delivery.deliveryId(),
                    delivery.channel() == DeliveryChannel.LETTER && delivery.status() != DeliveryStatus.SUPPRESSED
                            ? "/api/v1/print-queue/" + delivery.deliveryId() + "/pdf" : null);
        }
    }

    /**
     * A message with its archived content.
     *
     * @param text          the plain text as sent; null when it can no longer be read
     * @param html          the HTML part as sent
     * @param contentStatus whether the content can be read: {@code READABLE}, or why not
     */
    public record NotificationContent(
            Notification notification,
            String subject,
            String text,
            String html,
            Readability contentStatus) {
    }
}
