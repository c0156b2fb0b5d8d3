package be.partenamut.complaints.notification.delivery.web;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.notification.delivery.Delivery;
import be.partenamut.complaints.notification.delivery.DeliveryLog;
import be.partenamut.complaints.notification.delivery.DeliveryStatus;
import be.partenamut.complaints.notification.delivery.NotificationType;
import be.partenamut.complaints.personaldata.Opened;
import be.partenamut.complaints.personaldata.Opened.Readability;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.personaldata.vault.KeyStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Lets staff see what the member was sent about a complaint, and whether it went out. The address is
 * opened for the response only, in memory; once the member's data is erased it reads as null, and
 * {@code recipientStatus} says why.
 */
@RestController
@RequestMapping("/api/v1/notifications")
public class NotificationsController {

    private final DeliveryLog deliveries;
    private final PersonalData personalData;

    public NotificationsController(DeliveryLog deliveries, PersonalData personalData) {
        this.deliveries = deliveries;
        this.personalData = personalData;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER', 'ANALYST', 'ADMIN')")
    public List<Notification> ofComplaint(@RequestParam UUID complaintId) {
        List<Delivery> found = deliveries.ofComplaint(complaintId);
        if (found.isEmpty()) {
            return List.of();
        }
        PersonalData.Opener opener = personalData.openerFor(complaintId);
        return found.stream().map(delivery -> Notification.of(delivery, recipient(opener, delivery))).toList();
    }

    /**
     * The delivery's address as it can be read now. Without a sealed address (a suppressed message, or
     * contact details removed after an erasure), the complaint's key says whether the data is gone.
     */
    private static Opened recipient(PersonalData.Opener opener, Delivery delivery) {
        Opened opened = opener.open(PersonalFields.EMAIL, delivery.sealedRecipient());
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
     * One message as staff see it.
     *
     * @param recipient       the address it was sent (or was to be sent) to, when it can still be read
     * @param recipientStatus whether the address can be read: {@code READABLE}, or why not
     *                        ({@code ERASED}, {@code EXPIRED}, {@code ABSENT}, {@code UNREADABLE})
     */
    public record Notification(
            UUID notificationId,
            UUID complaintId,
            NotificationType type,
            Language language,
            String recipient,
            Readability recipientStatus,
            String subject,
            DeliveryStatus status,
            Instant sentAt) {

        static Notification of(Delivery delivery, Opened recipient) {
            return new Notification(delivery.deliveryId(), delivery.complaintId(), delivery.type(),
                    delivery.language(), recipient.value(), recipient.status(), delivery.subject(), delivery.status(),
                    delivery.sentAt());
        }
    }
}
