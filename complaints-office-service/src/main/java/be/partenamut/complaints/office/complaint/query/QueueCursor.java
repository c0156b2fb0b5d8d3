package be.partenamut.complaints.office.complaint.query;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Where the next page of a queue starts: after the line with this due date and id, in the queue's order
 * (due date, then id). A keyset, not an offset: reading page 500 costs what reading page 1 does, and a
 * complaint added or moved meanwhile neither repeats a line nor skips one of those still to come. Opaque to
 * its users (base64url text), so its shape can change.
 */
public record QueueCursor(LocalDate dueDate, UUID complaintId) {

    private static final String SEPARATOR = "~";

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((dueDate + SEPARATOR + complaintId).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException for text that no page gave out */
    public static QueueCursor decode(String text) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int separator = decoded.indexOf(SEPARATOR);
            if (separator < 0) {
                throw new IllegalArgumentException("not a cursor of a queue page");
            }
            return new QueueCursor(LocalDate.parse(decoded.substring(0, separator)),
                    UUID.fromString(decoded.substring(separator + 1)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a cursor of a queue page", e);
        }
    }
}
