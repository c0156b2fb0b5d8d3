package be.partenamut.complaints.office.complaint.api;

import java.util.UUID;

/**
 * A step of a recommendation's follow-up, recorded by the department it is addressed to (or the complaints
 * service): the complaint checks a department's agent against the recommendation's department, not against the
 * department whose queue the complaint is in.
 */
public sealed interface RecommendationFollowUpCommand
        permits AcceptRecommendationCommand, RejectRecommendationCommand, RecordRecommendationImplementationCommand {

    ComplaintId complaintId();

    UUID recommendationId();
}
