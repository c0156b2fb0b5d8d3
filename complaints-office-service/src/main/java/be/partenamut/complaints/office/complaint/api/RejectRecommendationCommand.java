package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * The department a recommendation is addressed to rejects it.
 *
 * @param reason why (required), sealed like every staff text
 */
public record RejectRecommendationCommand(@TargetAggregateIdentifier ComplaintId complaintId, UUID recommendationId,
                                          SealedText reason) implements RecommendationFollowUpCommand {
}
