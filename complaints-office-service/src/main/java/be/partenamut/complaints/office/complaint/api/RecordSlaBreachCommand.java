package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.AnsweringLine;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Routing saw the due date pass without the line's answer. */
public record RecordSlaBreachCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        AnsweringLine line,
        LocalDate dueDate) {
}
