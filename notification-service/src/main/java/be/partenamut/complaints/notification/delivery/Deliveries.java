package be.partenamut.complaints.notification.delivery;

import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.notification.delivery.messaging.DeliveryStatusPublisher;
import be.partenamut.complaints.notification.letter.Letters;
import be.partenamut.complaints.notification.letter.PrintQueue;
import be.partenamut.complaints.notification.message.Delivery;
import be.partenamut.complaints.notification.message.DeliveryStatus;
import be.partenamut.complaints.personaldata.Opened;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.personaldata.vault.KeyStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivers each message once, however often the event that asks for it is delivered or replayed.
 *
 * <ol>
 *   <li>The message is recorded {@code PENDING} with its rendered content sealed, and committed (or the
 *       existing record is found: the unique key is source message id, recipient id and template).</li>
 *   <li>In a second transaction the record is locked; one that is settled is left alone. An email is
 *       sent and the record marked {@code SENT}; a letter is rendered to PDF, queued for print and the
 *       record marked {@code QUEUED_FOR_PRINT}.</li>
 *   <li>When the mail server does not take it, the record is marked {@code FAILED} with the reason and
 *       the time of the next attempt, growing with each failure ({@link RetryPolicy}); the retry job
 *       tries it again then, from the sealed copy. A server that is unavailable ({@link MailFailure})
 *       is waited for without limit: the message is marked waiting, which the {@code mailDelivery}
 *       health and gauges show ({@link MailServerWaits}). A message the server refused is tried
 *       {@code max-attempts} times; after the last it is {@code DEAD}: a dead letter that operations
 *       see, never sent on its own again.</li>
 *   <li>Once committed, every status the complaint's timeline cares about is published.</li>
 * </ol>
 * Nothing is thrown at the event's consumer for a mail server that is down: the event is done with
 * once its message is recorded, and the delivery log carries on. A key vault or database that is down
 * is thrown at the caller (the consumer retries the event, the retry job its next round): nothing is
 * recorded of that attempt, and nothing of it is ever a dead letter. The one window left is a crash
 * between the mail server's acceptance and the commit of {@code SENT}: the record stays
 * {@code PENDING} and the retry job sends it again after {@link RetryPolicy#pendingGrace()}. (A commit
 * that fails while the process lives, its database gone, does not: {@link AcceptedNotRecorded}.) That
 * second copy carries the same {@code Message-ID} (the delivery id), by which mail clients recognise
 * a duplicate.
 *
 * <p>A message about a complaint whose personal data is gone (erased, or past its retention period)
 * is never sent: it is recorded {@code SUPPRESSED} instead.
 */
@Service
public class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final DeliveryLog deliveries;
    private final MailComposer mail;
    private final Letters letters;
    private final PrintQueue printQueue;
    private final PersonalData personalData;
    private final DeliveryStatusPublisher publisher;
    private final TransactionTemplate transactions;
    private final RetryPolicy retry;
    private final MeterRegistry meters;
    private final Clock clock;
    private final List<SentMessageListener> sentListeners;
    private final AcceptedNotRecorded acceptedNotRecorded;

    public Deliveries(DeliveryLog deliveries, MailComposer mail, Letters letters, PrintQueue printQueue,
                      PersonalData personalData, DeliveryStatusPublisher publisher, TransactionTemplate transactions,
                      RetryPolicy retry, MeterRegistry meters, Clock clock, List<SentMessageListener> sentListeners,
                      AcceptedNotRecorded acceptedNotRecorded) {
        this.deliveries = deliveries;
        this.mail = mail;
        this.letters = letters;
        this.printQueue = printQueue;
        this.personalData = personalData;
        this.publisher = publisher;
        this.transactions = transactions;
        this.retry = retry;
        this.meters = meters;
        this.clock = clock;
        this.sentListeners = sentListeners;
        this.acceptedNotRecorded = acceptedNotRecorded;
        Gauge.builder("notifications.dead.letters", deliveries, log -> log.count(DeliveryStatus.DEAD))
                .description("Messages given up after their last attempt, waiting for operations")
                .register(meters);
        Gauge.builder("notifications.retrying", deliveries, log -> log.count(DeliveryStatus.FAILED))
                .description("Messages the mail server did not take yet, waiting for their next attempt")
                .register(meters);
    }

    /**
     * Records the message and tries it at once. Returns normally whether or not the mail server took
     * it: a failure is recorded and retried by the retry job.
     *
     * @throws be.partenamut.complaints.personaldata.PersonalDataUnavailableException when the complaint's
     *         key is gone: the caller checks first and {@linkplain #suppress suppresses} the message instead
     */
    public Delivery deliver(OutgoingMessage message) {
        Delivery recorded = record(message);
        if (recorded.settled()) {
            log.info("Complaint {} ({}): {} already {} as delivery {}, redelivery skipped",
                    message.complaintId(), message.reference(), recorded.template(), recorded.status(),
                    recorded.deliveryId());
            publisher.publish(recorded);
            return recorded;
        }
        return attempt(recorded.deliveryId()).orElse(recorded);
    }

    /**
     * Records the message {@code PENDING}, in the caller's transaction if there is one, without trying it: the
     * caller {@linkplain #attempt attempts} it once that transaction is committed. Should the process stop in
     * between, the retry job sends it after {@link RetryPolicy#pendingGrace()}. For what must be recorded
     * together with the message, or not at all (a digest and the complaints it lists).
     *
     * @return the message as recorded (new, or as a previous recording of it left it)
     */
    public Delivery record(OutgoingMessage message) {
        DeliveryLog.ContentSealer seal = message.type().carriesPersonalData()
                ? personalData.sealerFor(message.complaintId())::seal : DeliveryLog.ContentSealer.AS_WRITTEN;
        Instant now = clock.instant();
        return deliveries.open(message, seal, now, now.plus(retry.pendingGrace()));
    }

    /**
     * Records that the message is not sent, and never will be, because the complaint's personal data is
     * gone; a previous attempt that did not get through is superseded, a message already sent stays as
     * it is.
     */
    public Delivery suppress(OutgoingMessage message, SuppressionReason reason) {
        boolean suppressed = deliveries.suppress(message, reason, clock.instant());
        Delivery recorded = deliveries.find(message).orElseThrow();
        if (suppressed) {
            meters.counter("notifications.suppressed", "type", message.type().name(), "reason", reason.tag())
                    .increment();
            log.info("Complaint {} ({}): {} not sent, delivery {} suppressed: {}", message.complaintId(),
                    message.reference(), message.type().template(), recorded.deliveryId(), reason.description());
        } else {
            log.info("Complaint {} ({}): {} already {} as delivery {}, nothing to suppress", message.complaintId(),
                    message.reference(), message.type().template(), recorded.status(), recorded.deliveryId());
        }
        publisher.publish(recorded);
        return recorded;
    }

    /**
     * Tries the delivery now, if it still awaits an attempt and no other sender holds it.
     *
     * @return the delivery as it is afterwards; empty when it does not exist
     */
    public Optional<Delivery> attempt(UUID deliveryId) {
        Attempt attempt = transactions.execute(status -> attemptLocked(deliveryId));
        if (attempt != null) {
            if (attempt.outcome() == Outcome.SENT) {
                acceptedNotRecorded.recorded(deliveryId);
            }
            report(attempt);
        }
        Optional<Delivery> after = deliveries.get(deliveryId);
        after.ifPresent(publisher::publish);
        after.ifPresent(this::tellIfSent);
        if (attempt != null) {
            attempt.alsoSuppressed().forEach(id -> deliveries.get(id).ifPresent(publisher::publish));
        }
        return after;
    }

    private void tellIfSent(Delivery delivery) {
        if (delivery.status() == DeliveryStatus.SENT) {
            sentListeners.forEach(listener -> listener.sent(delivery));
        }
    }

    /**
     * Marks a letter printed: its delivery is then {@code SENT} (posted with the day's mail).
     * Idempotent: a letter already printed stays as it was.
     *
     * @throws LetterNotPrintableException when the letter was withdrawn (the personal data is gone)
     */
    public Optional<Delivery> markPrinted(UUID letterId, String printedBy) {
        Optional<Delivery> changed = transactions.execute(status -> {
            Optional<Delivery> locked = deliveries.lock(letterId);
            if (locked.isEmpty() || locked.get().channel() != DeliveryChannel.LETTER) {
                return Optional.<Delivery>empty();
            }
            Delivery letter = locked.get();
            if (letter.status() == DeliveryStatus.SENT) {
                return Optional.of(letter);
            }
            if (letter.status() != DeliveryStatus.QUEUED_FOR_PRINT) {
                throw new LetterNotPrintableException(letterId, letter.status());
            }
            Instant now = clock.instant();
            printQueue.markPrinted(letterId, now, printedBy);
            deliveries.markSent(letterId, now, false);
            meters.counter("notifications.letters.printed", "type", letter.type().name()).increment();
            log.info("Complaint {}: letter {} ({}) printed", letter.complaintId(), letterId, letter.template());
            return deliveries.get(letterId);
        });
        changed.ifPresent(publisher::publish);
        changed.ifPresent(this::tellIfSent);
        return changed;
    }

    /**
     * Sends a dead letter back to the retry job, for a fresh series of attempts (operations fixed what
     * made it fail).
     *
     * @return whether it was a dead letter
     */
    public boolean revive(UUID deliveryId) {
        boolean revived = deliveries.revive(deliveryId, clock.instant());
        if (revived) {
            log.info("Delivery {} sent back to the retry job by operations", deliveryId);
            attempt(deliveryId);
        }
        return revived;
    }

    /**
     * The complaint's personal data is gone: no message about it may go out any more. Messages being
     * tried and letters waiting for print are suppressed, and the sealed addresses, contents and PDFs
     * kept for it are deleted; what was sent, when and how stays. Idempotent.
     */
    public void forget(UUID complaintId, SuppressionReason reason) {
        Instant now = clock.instant();
        List<UUID> suppressed = transactions.execute(status -> {
            List<UUID> ids = deliveries.suppressUnsent(complaintId, reason, now);
            int withdrawn = printQueue.withdraw(complaintId, now);
            int cleared = deliveries.removePersonalData(complaintId);
            log.info("Complaint {}: personal data gone ({}); {} message(s) suppressed, {} letter(s) withdrawn from "
                    + "the print queue, sealed data of {} message(s) removed", complaintId, reason.description(),
                    ids.size(), withdrawn, cleared);
            return ids;
        });
        for (UUID id : suppressed) {
            deliveries.get(id).ifPresent(delivery -> {
                meters.counter("notifications.suppressed", "type", delivery.type().name(), "reason", reason.tag())
                        .increment();
                publisher.publish(delivery);
            });
        }
    }

    private Attempt attemptLocked(UUID deliveryId) {
        Optional<Delivery> locked = deliveries.lockIfFree(deliveryId);
        if (locked.isEmpty()) {
            // Another sender holds it right now (the retry job, or a consumer): it is being taken care of.
            return null;
        }
        Delivery delivery = locked.get();
        if (delivery.settled()) {
            return null;
        }
        Instant now = clock.instant();
        if (delivery.status() == DeliveryStatus.FAILED && delivery.nextAttemptAt() != null
                && delivery.nextAttemptAt().isAfter(now)) {
            // Tried a moment ago by another sender (the retry job and an operator's revive race for a revived
            // message; a redelivered event finds one waiting): its next attempt is not due yet.
            return null;
        }
        if (!delivery.type().carriesPersonalData()) {
            // Archived as written, about no member: no key to check, nothing to open.
            return sendMail(delivery, delivery.recipientAddress(), DeliveryLog.ContentSealer.asWritten(delivery.text()),
                    DeliveryLog.ContentSealer.asWritten(delivery.html()), now);
        }
        PersonalData.Opener opener = personalData.openerFor(delivery.complaintId());
        SuppressionReason gone = SuppressionReason.of(opener.keyStatus());
        if (gone != null) {
            List<UUID> suppressed = deliveries.suppressUnsent(delivery.complaintId(), gone, now);
            printQueue.withdraw(delivery.complaintId(), now);
            deliveries.removePersonalData(delivery.complaintId());
            List<UUID> others = new ArrayList<>(suppressed);
            others.remove(deliveryId);
            return new Attempt(delivery, Outcome.SUPPRESSED, gone.description(), others);
        }
        if (opener.keyStatus() == KeyStatus.UNKNOWN) {
            return dead(delivery, "the key vault has no key for the complaint: its message cannot be opened", now,
                    false);
        }
        Opened text = opener.open(DeliveryLog.ContentSealer.TEXT, delivery.text());
        if (!text.isReadable()) {
            return dead(delivery, "the archived message cannot be opened (" + text.status()
                    + (text.problem() == null ? "" : ": " + text.problem()) + ")", now, false);
        }
        if (delivery.channel() == DeliveryChannel.LETTER) {
            PersonalData.Sealer sealer = personalData.sealerFor(delivery.complaintId());
            try {
                letters.queue(delivery, text.value(), opener, sealer, now);
            } catch (DataAccessException e) {
                throw e; // the database is away: the letter is not at fault, the next attempt will do
            } catch (RuntimeException e) {
                return dead(delivery, "the letter could not be made: " + DeliveryErrors.describe(e), now, true);
            }
            deliveries.markQueuedForPrint(deliveryId, now);
            return new Attempt(delivery, Outcome.QUEUED, null, List.of());
        }
        Opened html = opener.open(DeliveryLog.ContentSealer.HTML, delivery.html());
        return sendMail(delivery, address(delivery, opener), text.value(), html.value(), now);
    }

    /** Sends the mail, locked, whose text (and HTML, if any) is opened, and records what became of it. */
    private Attempt sendMail(Delivery delivery, String address, String text, String html, Instant now) {
        UUID deliveryId = delivery.deliveryId();
        Optional<Instant> alreadyAccepted = acceptedNotRecorded.acceptedAt(deliveryId);
        if (alreadyAccepted.isPresent()) {
            // Sent before, but its SENT never reached the database: record it, do not send it again.
            deliveries.markSent(deliveryId, alreadyAccepted.get(), true);
            return new Attempt(delivery, Outcome.SENT, null, List.of());
        }
        if (address == null) {
            return dead(delivery, "the recipient's address cannot be opened", now, false);
        }
        if (text == null) {
            return dead(delivery, "the archived message has no text", now, false);
        }
        MimeMessage message;
        try {
            message = mail.compose(delivery, address, text, html, now);
        } catch (MessagingException | IllegalArgumentException e) {
            return dead(delivery, DeliveryErrors.describe(e), now, true);
        }
        try {
            mail.send(message);
        } catch (MailException e) {
            String reason = DeliveryErrors.describe(e);
            int attempts = delivery.attempts() + 1;
            if (MailFailure.of(e) == MailFailure.SERVER_UNAVAILABLE) {
                Instant next = retry.nextAttemptWhileServerDown(now, attempts);
                deliveries.markWaiting(deliveryId, reason, now, next);
                return new Attempt(delivery, Outcome.WAITING, "the mail server is unavailable (" + reason
                        + "); waiting for it, next attempt at " + next, List.of());
            }
            if (retry.exhausted(delivery.refusals() + 1)) {
                return dead(delivery, reason, now, true);
            }
            Instant next = retry.nextAttempt(now, attempts);
            deliveries.markRefused(deliveryId, reason, now, next);
            return new Attempt(delivery, Outcome.FAILED, "refused (" + reason + "); next attempt at " + next,
                    List.of());
        }
        Instant accepted = clock.instant();
        acceptedNotRecorded.remember(deliveryId, accepted);
        deliveries.markSent(deliveryId, accepted, true);
        return new Attempt(delivery, Outcome.SENT, null, List.of());
    }

    private Attempt dead(Delivery delivery, String reason, Instant now, boolean attempted) {
        deliveries.markDead(delivery.deliveryId(), DeliveryErrors.redact(reason), now, attempted);
        return new Attempt(delivery, Outcome.DEAD, DeliveryErrors.redact(reason), List.of());
    }

    private static String address(Delivery delivery, PersonalData.Opener opener) {
        if (delivery.recipientAddress() != null) {
            return delivery.recipientAddress();
        }
        Opened email = opener.open(PersonalFields.EMAIL, delivery.sealedRecipient());
        return email.isReadable() ? email.value() : null;
    }

    private void report(Attempt attempt) {
        Delivery delivery = attempt.delivery();
        String type = delivery.type().name();
        String language = delivery.languageTag();
        switch (attempt.outcome()) {
            case SENT:
                meters.counter("notifications.sent", "type", type, "language", language).increment();
                log.info("Complaint {}: {} sent in {} as delivery {}", delivery.complaintId(), delivery.template(),
                        language, delivery.deliveryId());
                break;
            case QUEUED:
                meters.counter("notifications.letters.queued", "type", type, "language", language).increment();
                log.info("Complaint {}: {} in {} queued for print as letter {}", delivery.complaintId(),
                        delivery.template(), language, delivery.deliveryId());
                break;
            case FAILED:
            case WAITING:
                meters.counter("notifications.failed", "type", type, "language", language).increment();
                log.warn("Complaint {}: {} in {} not sent, delivery {} attempt {}: {}", delivery.complaintId(),
                        delivery.template(), language, delivery.deliveryId(), delivery.attempts() + 1,
                        attempt.detail());
                break;
            case DEAD:
                meters.counter("notifications.failed", "type", type, "language", language).increment();
                meters.counter("notifications.dead", "type", type).increment();
                log.error("Complaint {}: {} in {} given up after {} attempt(s), delivery {} is a dead letter: {}",
                        delivery.complaintId(), delivery.template(), language, delivery.attempts() + 1,
                        delivery.deliveryId(), attempt.detail());
                break;
            case SUPPRESSED:
                meters.counter("notifications.suppressed", "type", type, "reason",
                        SuppressionReason.ERASED.description().equals(attempt.detail())
                                ? SuppressionReason.ERASED.tag() : SuppressionReason.EXPIRED.tag()).increment();
                log.info("Complaint {}: {} not sent, delivery {} suppressed: {}", delivery.complaintId(),
                        delivery.template(), delivery.deliveryId(), attempt.detail());
                break;
            default:
                break;
        }
    }

    private enum Outcome {
        SENT, QUEUED, FAILED, WAITING, DEAD, SUPPRESSED
    }

    /** @param alsoSuppressed other messages of the complaint suppressed with this one */
    private record Attempt(Delivery delivery, Outcome outcome, String detail, List<UUID> alsoSuppressed) {
    }

    /** A letter that is no longer to be printed: its complaint's personal data is gone. */
    public static class LetterNotPrintableException extends RuntimeException {

        public LetterNotPrintableException(UUID letterId, DeliveryStatus status) {
            super("Letter " + letterId + " is " + status + ": it is not to be printed");
        }
    }
}
