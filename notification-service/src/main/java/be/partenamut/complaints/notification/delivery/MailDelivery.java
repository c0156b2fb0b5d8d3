package be.partenamut.complaints.notification.delivery;

import be.partenamut.complaints.support.messaging.UnprocessableMessageException;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.UUID;

/**
 * Sends a message once, however often the event that asks for it is delivered.
 *
 * <ol>
 *   <li>The delivery is recorded {@code PENDING} and committed (or the existing record is found:
 *       the unique key is source message id, recipient id and template).</li>
 *   <li>In a second transaction the record is locked; a {@code SENT} one is left alone, otherwise
 *       the mail is sent and the record marked {@code SENT} with the time, or {@code FAILED} with
 *       the reason, and committed either way.</li>
 *   <li>A failure is then thrown, so the binder retries the event and finally dead-letters it; a
 *       later redelivery finds the {@code FAILED} record and tries again.</li>
 * </ol>
 * The one window left is a crash between the mail server's acceptance and the commit of
 * {@code SENT}: the record stays {@code PENDING}/{@code FAILED} and a redelivery sends again. That
 * second copy carries the same {@code Message-ID} (derived from the delivery id), by which mail
 * clients recognise a duplicate.
 *
 * <p>A message whose member's personal data is gone (erased, or past its retention period) is never
 * sent: it is recorded {@code SUPPRESSED} instead, and nothing is retried.
 */
@Service
public class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final DeliveryLog deliveries;
    private final JavaMailSender mailSender;
    private final TransactionTemplate transactions;
    private final NotificationProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    public MailDelivery(DeliveryLog deliveries, JavaMailSender mailSender, TransactionTemplate transactions,
                        NotificationProperties properties, MeterRegistry meters, Clock clock) {
        this.deliveries = deliveries;
        this.mailSender = mailSender;
        this.transactions = transactions;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * @throws MailDeliveryFailedException  when the mail server did not take the message (retryable)
     * @throws UnprocessableMessageException when the message cannot be built (an invalid address): no retry helps
     */
    public Delivery deliverOnce(OutgoingMail mail) {
        if (mail.address() == null) {
            throw new IllegalArgumentException("a mail to send needs an address: " + mail);
        }
        Delivery recorded = deliveries.open(mail, clock.instant());
        if (recorded.settled()) {
            log.info("Complaint {} ({}): {} already {} as delivery {}, redelivery skipped",
                    mail.complaintId(), mail.reference(), recorded.template(), recorded.status(), recorded.deliveryId());
            return recorded;
        }
        Attempt attempt = transactions.execute(status -> attempt(recorded.deliveryId(), mail));
        if (attempt.failure() == null) {
            return attempt.delivery();
        }
        meters.counter("notifications.failed", "type", mail.type().name(), "language", mail.language().code())
                .increment();
        log.warn("Complaint {} ({}): {} in {} not sent, delivery {} attempt {}: {}", mail.complaintId(),
                mail.reference(), mail.type().template(), mail.language().code(), recorded.deliveryId(),
                attempt.delivery().attempts() + 1, attempt.failure());
        if (attempt.permanent()) {
            throw new UnprocessableMessageException("Mail delivery " + recorded.deliveryId() + " ("
                    + mail.type().template() + ") for complaint " + mail.complaintId() + " cannot be built: "
                    + attempt.failure());
        }
        throw new MailDeliveryFailedException(recorded.deliveryId(), mail.complaintId(), mail.type().template(),
                attempt.failure());
    }

    /**
     * Records that the message is not sent, and never will be, because the member's personal data is
     * gone; a previous attempt that did not get through is superseded, a message already sent stays
     * as it is. Nothing is thrown: there is nothing to retry.
     */
    public Delivery suppress(OutgoingMail mail, SuppressionReason reason) {
        boolean suppressed = deliveries.suppress(mail, reason, clock.instant());
        Delivery recorded = deliveries.find(mail);
        if (suppressed) {
            meters.counter("notifications.suppressed", "type", mail.type().name(), "reason", reason.tag())
                    .increment();
            log.info("Complaint {} ({}): {} not sent, delivery {} suppressed: {}", mail.complaintId(),
                    mail.reference(), mail.type().template(), recorded.deliveryId(), reason.description());
        } else {
            log.info("Complaint {} ({}): {} already {} as delivery {}, nothing to suppress", mail.complaintId(),
                    mail.reference(), mail.type().template(), recorded.status(), recorded.deliveryId());
        }
        return recorded;
    }

    private Attempt attempt(UUID deliveryId, OutgoingMail mail) {
        Delivery delivery = deliveries.lock(deliveryId);
        if (delivery.settled()) {
            // Another consumer sent (or suppressed) it while this one waited for the lock.
            log.info("Complaint {} ({}): {} already {} as delivery {}", mail.complaintId(), mail.reference(),
                    delivery.template(), delivery.status(), deliveryId);
            return new Attempt(delivery, null, false);
        }
        MimeMessage message;
        try {
            message = compose(delivery, mail);
        } catch (MessagingException | IllegalArgumentException e) {
            String reason = DeliveryErrors.describe(e);
            deliveries.markFailed(deliveryId, reason);
            return new Attempt(delivery, reason, true);
        }
        try {
            mailSender.send(message);
        } catch (MailException e) {
            String reason = DeliveryErrors.describe(e);
            deliveries.markFailed(deliveryId, reason);
            return new Attempt(delivery, reason, false);
        }
        deliveries.markSent(deliveryId, clock.instant());
        meters.counter("notifications.sent", "type", mail.type().name(), "language", mail.language().code())
                .increment();
        log.info("Complaint {} ({}): {} sent in {} as delivery {}", mail.complaintId(), mail.reference(),
                delivery.template(), mail.language().code(), deliveryId);
        return new Attempt(deliveries.lock(deliveryId), null, false);
    }

    private MimeMessage compose(Delivery delivery, OutgoingMail mail) throws MessagingException {
        Session session = mailSender.createMimeMessage().getSession();
        MimeMessage message = new StableIdMimeMessage(session,
                "<" + delivery.deliveryId() + "@" + properties.messageIdDomain() + ">");
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.fromAddress());
        helper.setTo(new InternetAddress(mail.address(), true));
        helper.setSubject(mail.content().subject());
        helper.setText(mail.content().text(), mail.content().html());
        helper.setSentDate(Date.from(clock.instant()));
        message.setHeader("Content-Language", mail.language().code());
        // RFC 3834: an automatic message, so out-of-office replies are not sent back to the complaints service.
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    /** @param failure null when sent (or found sent); permanent when no retry can help */
    private record Attempt(Delivery delivery, String failure, boolean permanent) {
    }

    /** Keeps the Message-ID it is given instead of making a new one at each send. */
    private static final class StableIdMimeMessage extends MimeMessage {

        private final String messageId;

        StableIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
