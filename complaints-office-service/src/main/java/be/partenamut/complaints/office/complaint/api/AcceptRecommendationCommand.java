package be.partenamut.complaints.office.complaint.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** The department a recommendation is addressed to accepts it. */
public record AcceptRecommendationCommand(@TargetAggregateIdentifier ComplaintId complaintId, UUID recommendationId)
        implements RecommendationFollowUpCommand {
}
