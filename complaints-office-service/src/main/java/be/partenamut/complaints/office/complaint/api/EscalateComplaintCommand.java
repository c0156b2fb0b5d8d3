package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The member still disagrees after the first-line answer: the complaints service takes over.
 *
 * @param requestId what identifies this escalation request (intake's {@code EscalationRequested}
 *                  message id, or one per staff registration): the same request again changes nothing
 */
public record EscalateComplaintCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        SealedText reason,
        Instant escalationReceivedAt,
        LocalDate dueDate,
        UUID requestId) {
}
