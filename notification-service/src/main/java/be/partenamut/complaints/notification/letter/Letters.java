package be.partenamut.complaints.notification.letter;

import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.notification.message.Delivery;
import be.partenamut.complaints.notification.recipient.MemberNames;
import be.partenamut.complaints.notification.recipient.Recipient;
import be.partenamut.complaints.notification.recipient.Recipients;
import be.partenamut.complaints.personaldata.Opened;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a message for a member without an email address into a letter in the print queue. The PDF
 * names the member, so it is stored only sealed with the complaint's key (its base64, under
 * {@value QueuedLetter#PDF_FIELD}) and opened in memory when staff download it: erasing the member's
 * key makes it unreadable, and the erasure deletes it. It is stored rather than rendered again at each
 * download so that what was printed is exactly what is archived.
 */
@Service
public class Letters {

    private final Recipients recipients;
    private final LetterRenderer renderer;
    private final PrintQueue printQueue;
    private final WorkingDayCalendar calendar;

    public Letters(Recipients recipients, LetterRenderer renderer, PrintQueue printQueue, WorkingDayCalendar calendar) {
        this.recipients = recipients;
        this.renderer = renderer;
        this.printQueue = printQueue;
        this.calendar = calendar;
    }

    /**
     * Renders the delivery's message as a letter and queues it, in the caller's transaction.
     *
     * @param text the delivery's message, opened
     */
    public QueuedLetter queue(Delivery delivery, String text, PersonalData.Opener opener, PersonalData.Sealer sealer,
                              Instant now) {
        Optional<Recipient> recipient = recipients.ofComplaint(delivery.complaintId());
        String reference = recipient.map(Recipient::reference).orElse(null);
        String name = recipient.map(found -> MemberNames.fullName(opener, found.firstName(), found.lastName())).orElse(null);
        String memberNumber = recipient.filter(found -> found.reference() == null)
                .map(found -> opener.text(PersonalFields.MEMBER_NUMBER, found.memberNumber()))
                .orElse(null);
        LocalDate date = now.atZone(calendar.zone()).toLocalDate();
        LetterRenderer.Rendered rendered = renderer.render(delivery.language(), name, reference, memberNumber,
                delivery.subject(), text, date);
        SealedText pdf = sealer.seal(QueuedLetter.PDF_FIELD, Base64.getEncoder().encodeToString(rendered.pdf()));
        QueuedLetter letter = new QueuedLetter(delivery.deliveryId(), delivery.complaintId(), reference, delivery.type(),
                delivery.language(), rendered.pages(), pdf, now, null, null, null);
        printQueue.add(letter);
        return letter;
    }

    /** The letter's PDF, opened; empty when it can no longer be read (erased, expired, damaged). */
    public Optional<byte[]> pdf(QueuedLetter letter, PersonalData.Opener opener) {
        Opened opened = opener.open(QueuedLetter.PDF_FIELD, letter.pdf());
        return opened.isReadable() ? Optional.of(Base64.getDecoder().decode(opened.value())) : Optional.empty();
    }

    public Optional<QueuedLetter> get(UUID letterId) {
        return printQueue.get(letterId);
    }
}
