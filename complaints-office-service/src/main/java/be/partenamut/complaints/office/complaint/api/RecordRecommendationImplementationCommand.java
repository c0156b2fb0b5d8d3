package be.partenamut.complaints.office.complaint.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The department records that it carried out a recommendation it accepted.
 *
 * @param implementedOn the day the change took effect
 * @param recordedAt    when staff recorded it: the day may not be after it
 */
public record RecordRecommendationImplementationCommand(@TargetAggregateIdentifier ComplaintId complaintId,
                                                        UUID recommendationId, LocalDate implementedOn,
                                                        Instant recordedAt) implements RecommendationFollowUpCommand {
}
