package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The service in charge of the member's file answers. */
public record AnswerAsFirstLineCommand(@TargetAggregateIdentifier ComplaintId complaintId, SealedText answer) {
}
