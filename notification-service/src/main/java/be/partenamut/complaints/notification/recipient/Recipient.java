package be.partenamut.complaints.notification.recipient;

import be.partenamut.complaints.contracts.ErasureCause;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.SealedText;

import java.util.UUID;

/**
 * What the service keeps of a complaint to write to the member about it: the contact details only as
 * sealed in the complaint's {@code ComplaintReceived}, opened in memory when a message is sent.
 *
 * @param dataSubjectId   the member's pseudonym in the key vault; null only for complaints recorded
 *                        before contact details were sealed
 * @param email           null when the member gave no address (they get letters, not emails), or once
 *                        the contact details were removed
 * @param contactRemoved  why the sealed contact details were removed (a {@code PersonalDataErased}
 *                        event); null while they are kept
 * @param reference       the complaint's reference; null for a declined submission, which is no complaint
 * @param memberNumber    only for a declined submission: its letter carries the member number instead of
 *                        a reference, so the mail room can address it; null otherwise
 */
public record Recipient(
        UUID complaintId,
        String reference,
        UUID dataSubjectId,
        SealedText firstName,
        SealedText lastName,
        SealedText email,
        Language language,
        ErasureCause contactRemoved,
        SealedText memberNumber) {

    /** A complaint's member: the mail room finds their address by the complaint's reference. */
    public Recipient(UUID complaintId, String reference, UUID dataSubjectId, SealedText firstName, SealedText lastName,
                     SealedText email, Language language, ErasureCause contactRemoved) {
        this(complaintId, reference, dataSubjectId, firstName, lastName, email, language, contactRemoved, null);
    }

    public boolean hasEmail() {
        return email != null;
    }

    /** Names the recipient in the delivery log without personal data: the member's pseudonym. */
    public String recipientId() {
        return dataSubjectId != null ? "member:" + dataSubjectId : "complaint:" + complaintId;
    }
}
