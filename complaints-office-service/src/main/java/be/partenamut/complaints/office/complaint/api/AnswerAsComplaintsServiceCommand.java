package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.Outcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The complaints service communicates the result of its instruction. */
public record AnswerAsComplaintsServiceCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        Outcome outcome,
        String answer) {
}
