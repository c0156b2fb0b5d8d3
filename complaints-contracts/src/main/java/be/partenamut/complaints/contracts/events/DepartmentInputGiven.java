package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.SealedText;

import java.util.UUID;

/**
 * A department replied to the complaints service's request for its input ({@link DepartmentInputRequested}).
 *
 * @param inputRequestId the request answered
 * @param department     the department that replied (the one asked)
 * @param reply          its reply, sealed under {@code PersonalFields.INPUT_REPLY}
 */
public record DepartmentInputGiven(
        MessageMetadata metadata,
        UUID inputRequestId,
        String department,
        SealedText reply) implements ComplaintEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
