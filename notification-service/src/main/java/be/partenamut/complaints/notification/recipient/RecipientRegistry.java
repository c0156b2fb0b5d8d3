package be.partenamut.complaints.notification.recipient;

import be.partenamut.complaints.contracts.ErasureCause;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.personaldata.Opened;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.support.messaging.ProcessedMessages;
import be.partenamut.complaints.support.messaging.UnprocessableMessageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Remembers, from each received complaint, whom to write to and in which language. The contact
 * details are kept exactly as sealed in the event; they are checked to be sealed for the complaint
 * first, so nothing in clear (an event of the older, unsealed shape) is ever stored.
 */
@Service
public class RecipientRegistry {

    static final String CONSUMER = "notification-recipients";
    /** Used when a complaint arrives without a language; the contract requires one, so this should not happen. */
    static final Language FALLBACK_LANGUAGE = Language.FR;
    private static final Logger log = LoggerFactory.getLogger(RecipientRegistry.class);

    private final Recipients recipients;
    private final ProcessedMessages processedMessages;
    private final PersonalData personalData;
    private final Clock clock;

    public RecipientRegistry(Recipients recipients, ProcessedMessages processedMessages, PersonalData personalData,
                             Clock clock) {
        this.recipients = recipients;
        this.processedMessages = processedMessages;
        this.personalData = personalData;
        this.clock = clock;
    }

    /**
     * Idempotent: a redelivered event, or a second one about the same complaint, changes nothing.
     *
     * @throws UnprocessableMessageException when the event names no member, or its contact details are
     *                                       not sealed for this complaint (no retry can help)
     */
    @Transactional
    public void remember(ComplaintReceived received) {
        MemberContact member = received.file().member();
        if (member == null) {
            throw new UnprocessableMessageException("ComplaintReceived " + received.metadata().messageId()
                    + " names no member: there is nobody to write to");
        }
        if (member.dataSubjectId() == null) {
            throw new UnprocessableMessageException("ComplaintReceived " + received.metadata().messageId()
                    + " names no data subject for its member: its contact details cannot be erased with the member's");
        }
        if (!processedMessages.firstDelivery(received.metadata().messageId(), CONSUMER)) {
            log.info("Complaint {} ({}) already known, redelivery skipped", received.complaintId(),
                    received.file().reference());
            return;
        }
        Language language = member.language();
        if (language == null) {
            log.warn("Complaint {} ({}) has no language; writing in {}", received.complaintId(),
                    received.file().reference(), FALLBACK_LANGUAGE.code());
            language = FALLBACK_LANGUAGE;
        }
        ErasureCause gone = checkSealed(received);
        Recipient recipient = gone == null
                ? new Recipient(received.complaintId(), received.file().reference(), member.dataSubjectId(),
                        member.firstName(), member.lastName(), member.email(), language, null)
                : new Recipient(received.complaintId(), received.file().reference(), member.dataSubjectId(),
                        null, null, null, language, gone);
        boolean added = recipients.add(recipient, clock.instant());
        log.info("Complaint {} ({}): member to write to in {} {}", received.complaintId(), received.file().reference(),
                language.code(), !added ? "was already known"
                        : gone != null ? "whose personal data is already gone (" + gone + ")"
                        : recipient.hasEmail() ? "by email" : "without email address");
    }

    /**
     * Opens (in memory only) each contact field the service keeps, to be sure it is sealed for this
     * complaint and field.
     *
     * @return null when the contact details can be kept; why they are gone when the complaint's key
     * was already destroyed (a late redelivery): then there is nothing worth keeping
     */
    private ErasureCause checkSealed(ComplaintReceived received) {
        PersonalData.Opener opener = personalData.openerFor(received.complaintId());
        switch (opener.keyStatus()) {
            case ERASED:
                return ErasureCause.ERASURE_REQUEST;
            case EXPIRED:
                return ErasureCause.RETENTION_EXPIRED;
            case UNKNOWN:
                throw new UnprocessableMessageException("ComplaintReceived " + received.metadata().messageId()
                        + ": the key vault has no key for complaint " + received.complaintId()
                        + ", its member's contact details cannot be opened");
            default:
                break;
        }
        MemberContact member = received.file().member();
        requireSealed(opener, received, PersonalFields.FIRST_NAME, member.firstName());
        requireSealed(opener, received, PersonalFields.LAST_NAME, member.lastName());
        requireSealed(opener, received, PersonalFields.EMAIL, member.email());
        return null;
    }

    private static void requireSealed(PersonalData.Opener opener, ComplaintReceived received, String field,
                                      SealedText value) {
        Opened opened = opener.open(field, value);
        if (opened.status() == Opened.Readability.UNREADABLE) {
            // The problem says what is wrong with the value, never what it holds.
            throw new UnprocessableMessageException("ComplaintReceived " + received.metadata().messageId()
                    + ": " + field + " is not sealed for complaint " + received.complaintId() + " ("
                    + opened.problem() + "); contact details are only kept sealed");
        }
    }
}
