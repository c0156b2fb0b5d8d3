package be.partenamut.complaints.contracts;

import java.util.UUID;

/**
 * Who complains and how to reach them. Everything that identifies the member is sealed; the
 * language stays in clear, so a message can be chosen without opening anything.
 *
 * @param dataSubjectId the member's pseudonym in the key vault: erasing the member erases this
 *                      subject's key, and with it every sealed field below, everywhere
 * @param email         may be null: a member who wrote a letter or called may have given no address,
 *                      and then gets letters instead of emails
 * @param nationalRegisterNumber the Belgian national register number, when the member gave it; may be null
 */
public record MemberContact(
        UUID dataSubjectId,
        SealedText memberNumber,
        SealedText firstName,
        SealedText lastName,
        SealedText email,
        Language language,
        SealedText nationalRegisterNumber) {

    /** A contact without national register number. */
    public MemberContact(UUID dataSubjectId, SealedText memberNumber, SealedText firstName, SealedText lastName,
                         SealedText email, Language language) {
        this(dataSubjectId, memberNumber, firstName, lastName, email, language, null);
    }
}
