package be.partenamut.complaints.office.complaint.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The member still disagrees after the first-line answer: the complaints service takes over. */
public record EscalateComplaintCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        String reason,
        Instant escalationReceivedAt) {
}
