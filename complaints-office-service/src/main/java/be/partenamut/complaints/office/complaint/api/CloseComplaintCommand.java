package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Nothing remains to be done on the complaint. */
public record CloseComplaintCommand(@TargetAggregateIdentifier ComplaintId complaintId, SealedText reason) {
}
