package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An officer found, after registration, that the policy does not handle the complaint (it is not about the
 * insurer's products or services, or it is about a Médecin-Conseil): the member is told why and it is closed.
 *
 * @param reason      {@link DeclineReason#NOT_ABOUT_OUR_SERVICES} or {@link DeclineReason#MEDICAL_ADVISOR}
 * @param explanation the officer's explanation to the member
 * @param declinedBy  the officer's staff account
 */
public record DeclineComplaintCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        DeclineReason reason,
        SealedText explanation,
        String declinedBy) {
}
