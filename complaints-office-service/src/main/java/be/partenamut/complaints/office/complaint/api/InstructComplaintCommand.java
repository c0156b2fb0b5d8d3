package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The complaints service records its analysis made with the service concerned. */
public record InstructComplaintCommand(@TargetAggregateIdentifier ComplaintId complaintId, SealedText findings) {
}
