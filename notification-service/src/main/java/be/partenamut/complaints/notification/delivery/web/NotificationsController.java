package be.partenamut.complaints.notification.delivery.web;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.notification.delivery.Delivery;
import be.partenamut.complaints.notification.delivery.DeliveryLog;
import be.partenamut.complaints.notification.delivery.DeliveryStatus;
import be.partenamut.complaints.notification.delivery.NotificationType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Lets staff see what the member was sent about a complaint, and whether it went out. */
@RestController
@RequestMapping("/api/v1/notifications")
public class NotificationsController {

    private final DeliveryLog deliveries;

    public NotificationsController(DeliveryLog deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AGENT', 'OFFICER', 'ANALYST', 'ADMIN')")
    public List<Notification> ofComplaint(@RequestParam UUID complaintId) {
        return deliveries.ofComplaint(complaintId).stream().map(Notification::of).toList();
    }

    /** One message as staff see it. */
    public record Notification(
            UUID notificationId,
            UUID complaintId,
            NotificationType type,
            Language language,
            String recipient,
            String subject,
            DeliveryStatus status,
            Instant sentAt) {

        static Notification of(Delivery delivery) {
            return new Notification(delivery.deliveryId(), delivery.complaintId(), delivery.type(),
                    delivery.language(), delivery.recipient(), delivery.subject(), delivery.status(),
                    delivery.sentAt());
        }
    }
}
