package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.ComplaintFile;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A complaint accepted by intake is registered; its receipt is acknowledged at once. */
public record ReceiveComplaintCommand(@TargetAggregateIdentifier ComplaintId complaintId, ComplaintFile file) {
}
