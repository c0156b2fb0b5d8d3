package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * During its instruction, the complaints service asks a department for its input on an escalated complaint (the
 * policy: the second line is independent and works with the service concerned).
 *
 * @param inputRequestId the request's own id, which the department's reply names
 * @param department     the department asked (a known department's code, checked before the command is sent)
 */
public record RequestDepartmentInputCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        UUID inputRequestId,
        String department,
        SealedText question) {
}
