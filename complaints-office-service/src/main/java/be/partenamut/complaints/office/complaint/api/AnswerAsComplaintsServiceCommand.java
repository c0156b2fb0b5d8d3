package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The complaints service communicates the result of its instruction. */
public record AnswerAsComplaintsServiceCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Outcome outcome,
        SealedText answer) {
}
