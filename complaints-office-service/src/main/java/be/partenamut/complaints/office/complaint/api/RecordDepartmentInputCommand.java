package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * The department asked for its input replies to the complaints service's request.
 *
 * @param inputRequestId the request replied to
 */
public record RecordDepartmentInputCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        UUID inputRequestId,
        SealedText reply) {
}
