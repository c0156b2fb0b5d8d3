package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/**
 * The complaints service recommends a change to a department so the problem does not recur.
 *
 * @param department           a department a recommendation may be addressed to
 *                             ({@link be.partenamut.complaints.contracts.Departments#RECOMMENDABLE})
 * @param motivatingComplaints the other complaints that motivated it besides this one, each known to the office
 */
public record IssueRecommendationCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        UUID recommendationId,
        String department,
        SealedText recommendation,
        List<MotivatingComplaint> motivatingComplaints) {

    public IssueRecommendationCommand {
        motivatingComplaints = motivatingComplaints == null ? List.of() : List.copyOf(motivatingComplaints);
    }

    /** A recommendation motivated by this complaint alone. */
    public IssueRecommendationCommand(ComplaintId complaintId, UUID recommendationId, String department,
                                      SealedText recommendation) {
        this(complaintId, recommendationId, department, recommendation, List.of());
    }
}
