package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.ErasureCause;
import be.partenamut.complaints.contracts.MessageMetadata;

import java.util.UUID;

/**
 * The personal data of a complaint can no longer be read by anyone: its key was destroyed. The
 * complaint's facts (dates, category, department, status, outcome) remain.
 *
 * @param cause why: the member asked for erasure, or the retention period after closure ended
 */
public record PersonalDataErased(
        MessageMetadata metadata,
        UUID dataSubjectId,
        ErasureCause cause) implements ComplaintEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
