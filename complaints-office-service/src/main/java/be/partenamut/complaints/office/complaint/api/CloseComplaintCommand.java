package be.partenamut.complaints.office.complaint.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Nothing remains to be done on the complaint. */
public record CloseComplaintCommand(@TargetAggregateIdentifier ComplaintId complaintId, String reason) {
}
