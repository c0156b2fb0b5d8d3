package be.partenamut.complaints.notification.letter;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.notification.message.NotificationType;

import java.time.Instant;
import java.util.UUID;

/**
 * A letter in the print queue.
 *
 * @param letterId    the delivery it carries (one letter per delivery)
 * @param pdf         the PDF, base64, sealed with the complaint's key; null once the personal data is erased
 * @param printedBy   the staff account that marked it printed
 * @param withdrawnAt set when the complaint's personal data was erased before it was printed: not to be posted
 */
public record QueuedLetter(
        UUID letterId,
        UUID complaintId,
        String reference,
        NotificationType type,
        Language language,
        int pages,
        SealedText pdf,
        Instant queuedAt,
        Instant printedAt,
        String printedBy,
        Instant withdrawnAt) {

    /** The name under which the PDF is sealed. */
    public static final String PDF_FIELD = "letter.pdf";

    public enum State {
        QUEUED,
        PRINTED,
        WITHDRAWN
    }

    public State state() {
        if (withdrawnAt != null) {
            return State.WITHDRAWN;
        }
        return printedAt != null ? State.PRINTED : State.QUEUED;
    }
}
