package be.partenamut.complaints.intake.member;

import be.partenamut.complaints.contracts.Language;

/**
 * A member as the insurer's member registry knows them, as far as intake needs: that the number
 * exists, the member's language, and whether letters can reach them.
 *
 * @param postalCity the city of the member's postal address; null when the registry has no address
 *                   that reaches the member (mail returned)
 */
public record Member(String memberNumber, Language language, String postalCity) {

    /** Whether the member can be reached by post: a way to contact them besides an email address. */
    public boolean hasPostalAddress() {
        return postalCity != null && !postalCity.isBlank();
    }
}
