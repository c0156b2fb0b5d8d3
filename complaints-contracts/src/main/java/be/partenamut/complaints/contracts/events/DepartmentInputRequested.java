package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.SealedText;

import java.util.UUID;

/**
 * During its instruction of an escalated complaint, the complaints service asked a department for its input (the
 * policy's second line works with the service concerned).
 *
 * @param inputRequestId the request, named again by the department's reply ({@link DepartmentInputGiven})
 * @param department     the department asked
 * @param question       what the complaints service asks, sealed under {@code PersonalFields.INPUT_QUESTION}
 */
public record DepartmentInputRequested(
        MessageMetadata metadata,
        UUID inputRequestId,
        String department,
        SealedText question) implements ComplaintEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
