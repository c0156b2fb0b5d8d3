package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.SealedText;

/**
 * An officer found, after registration, that the policy does not handle the complaint: it is not about the
 * insurer's products or services, or it is about a Médecin-Conseil (whose complaints go to MLOZ). The member is
 * told why; a {@link ComplaintClosed} follows at once, so whatever reads closures needs nothing new.
 *
 * @param reason      {@link DeclineReason#NOT_ABOUT_OUR_SERVICES} or {@link DeclineReason#MEDICAL_ADVISOR}, the
 *                    reasons intake declines submissions for, so both are counted alike
 * @param explanation the officer's explanation to the member (personal: sealed)
 * @param declinedBy  the officer's staff account
 */
public record ComplaintDeclined(
        MessageMetadata metadata,
        DeclineReason reason,
        SealedText explanation,
        String declinedBy) implements ComplaintEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
