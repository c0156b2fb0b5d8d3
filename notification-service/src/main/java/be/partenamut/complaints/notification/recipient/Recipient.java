package be.partenamut.complaints.notification.recipient;

import be.partenamut.complaints.contracts.Language;

import java.util.UUID;

/**
 * What the service keeps of a complaint to write to the member about it.
 *
 * @param email null when the member gave no address (they get letters, not emails)
 */
public record Recipient(
        UUID complaintId,
        String reference,
        String firstName,
        String lastName,
        String email,
        Language language) {

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    /** "First Last", or null when neither name is known (the templates then greet without a name). */
    public String fullName() {
        String name = ((firstName == null ? "" : firstName.strip()) + " "
                + (lastName == null ? "" : lastName.strip())).strip();
        return name.isEmpty() ? null : name;
    }
}
