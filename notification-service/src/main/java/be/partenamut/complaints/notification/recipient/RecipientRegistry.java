package be.partenamut.complaints.notification.recipient;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.support.messaging.ProcessedMessages;
import be.partenamut.complaints.support.messaging.UnprocessableMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Remembers, from each received complaint, whom to write to and in which language. */
@Service
public class RecipientRegistry {

    static final String CONSUMER = "notification-recipients";
    /** Used when a complaint arrives without a language; the contract requires one, so this should not happen. */
    static final Language FALLBACK_LANGUAGE = Language.FR;
    private static final Logger log = LoggerFactory.getLogger(RecipientRegistry.class);

    private final Recipients recipients;
    private final ProcessedMessages processedMessages;
    private final Clock clock;

    public RecipientRegistry(Recipients recipients, ProcessedMessages processedMessages, Clock clock) {
        this.recipients = recipients;
        this.processedMessages = processedMessages;
        this.clock = clock;
    }

    /** Idempotent: a redelivered event, or a second one about the same complaint, changes nothing. */
    @Transactional
    public void remember(ComplaintReceived received) {
        MemberContact member = received.member();
        if (member == null) {
            throw new UnprocessableMessageException("ComplaintReceived " + received.metadata().messageId()
                    + " names no member: there is nobody to write to");
        }
        if (!processedMessages.firstDelivery(received.metadata().messageId(), CONSUMER)) {
            log.info("Complaint {} ({}) already known, redelivery skipped", received.complaintId(), received.reference());
            return;
        }
        Language language = member.language();
        if (language == null) {
            log.warn("Complaint {} ({}) has no language; writing in {}", received.complaintId(), received.reference(),
                    FALLBACK_LANGUAGE.code());
            language = FALLBACK_LANGUAGE;
        }
        String email = member.email() == null || member.email().isBlank() ? null : member.email().strip();
        boolean added = recipients.add(new Recipient(received.complaintId(), received.reference(),
                member.firstName(), member.lastName(), email, language), clock.instant());
        log.info("Complaint {} ({}): member to write to in {} {}", received.complaintId(), received.reference(),
                language.code(), added ? (email != null ? "by email" : "without email address") : "was already known");
    }
}
