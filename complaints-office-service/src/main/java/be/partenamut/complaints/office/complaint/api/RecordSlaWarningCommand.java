package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.AnsweringLine;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Routing warned that the line in charge must answer by {@code dueDate}. */
public record RecordSlaWarningCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        AnsweringLine line,
        LocalDate dueDate) {
}
