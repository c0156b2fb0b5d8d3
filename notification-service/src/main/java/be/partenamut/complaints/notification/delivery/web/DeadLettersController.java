package be.partenamut.complaints.notification.delivery.web;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.contracts.deliveries.RecipientKind;
import be.partenamut.complaints.notification.delivery.Deliveries;
import be.partenamut.complaints.notification.message.Delivery;
import be.partenamut.complaints.notification.delivery.DeliveryLog;
import be.partenamut.complaints.notification.message.NotificationType;
import be.partenamut.complaints.personaldata.Opened;
import be.partenamut.complaints.support.problem.Problems;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The dead letters: messages given up after their last attempt (or that can never be sent as they
 * are), for operations to look at, and to send back to the retry job once the cause is fixed. Nothing
 * personal is shown: complaint, type, recipient pseudonym, attempts and the last error (addresses
 * blanked out).
 */
@RestController
@RequestMapping("/api/v1/deliveries/dead-letters")
@Validated
public class DeadLettersController {

    private final DeliveryLog deliveries;
    private final Deliveries delivery;

    public DeadLettersController(DeliveryLog deliveries, Deliveries delivery) {
        this.deliveries = deliveries;
        this.delivery = delivery;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
    public List<DeadLetter> deadLetters(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return deliveries.dead(limit).stream().map(DeadLetter::of).toList();
    }

    /** Sends the dead letter back to the retry job for a fresh series of attempts, starting now. */
    @PostMapping("/{notificationId}/retry")
    @PreAuthorize("hasRole('ADMIN')")
    public NotificationsController.Notification retry(@PathVariable UUID notificationId) {
        if (!delivery.revive(notificationId)) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND,
                    "dead-letter-not-found", "Dead letter not found",
                    "No dead letter has the id " + notificationId + " (it may have been retried already)."), null);
        }
        Delivery after = deliveries.get(notificationId).orElseThrow();
        return NotificationsController.Notification.of(after, Opened.absent());
    }

    /** One message given up. */
    public record DeadLetter(
            UUID notificationId,
            UUID complaintId,
            NotificationType type,
            RecipientKind recipientKind,
            DeliveryChannel channel,
            Language language,
            String recipientId,
            String subject,
            int attempts,
            String lastError,
            Instant createdAt,
            Instant deadSince) {

        static DeadLetter of(Delivery delivery) {
            return new DeadLetter(delivery.deliveryId(), delivery.complaintId(), delivery.type(),
                    delivery.recipientKind(), delivery.channel(), delivery.language(), delivery.recipientId(),
                    delivery.subject(), delivery.attempts(), delivery.lastError(), delivery.createdAt(),
                    delivery.statusChangedAt());
        }
    }
}
