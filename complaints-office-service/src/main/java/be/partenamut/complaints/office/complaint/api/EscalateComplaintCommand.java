package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;

/** The member still disagrees after the first-line answer: the complaints service takes over. */
public record EscalateComplaintCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        SealedText reason,
        Instant escalationReceivedAt,
        LocalDate dueDate) {
}
