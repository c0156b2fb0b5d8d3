package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The complaints service recommends a change to a department so the problem does not recur. */
public record IssueRecommendationCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        UUID recommendationId,
        String department,
        SealedText recommendation) {
}
