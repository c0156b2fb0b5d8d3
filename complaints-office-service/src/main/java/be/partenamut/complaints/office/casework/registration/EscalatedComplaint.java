package be.partenamut.complaints.office.casework.registration;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.OralFirstLineContact;

import java.time.Instant;

/**
 * What an officer registers in one step for a member who spoke to the first line orally and found no arrangement:
 * the member (as intake takes them), the complaint, why the member still disagrees, and the oral contact. Every
 * text is personal data, sealed under the complaint's own key before any command carries it.
 *
 * @param channel    how the request reached the complaints service (a letter, an email, a phone call...)
 * @param receivedAt when the complaints service received it (a letter keyed in later); null: now
 */
public record EscalatedComplaint(
        String memberNumber,
        String firstName,
        String lastName,
        String email,
        Language language,
        Channel channel,
        String category,
        String subject,
        String description,
        String reason,
        Instant receivedAt,
        OralFirstLineContact oralFirstLineContact) {
}
