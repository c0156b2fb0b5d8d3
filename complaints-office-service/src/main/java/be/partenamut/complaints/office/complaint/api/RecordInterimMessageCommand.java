package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * The complaints service will not communicate its result within its 21 working days: an officer tells the member
 * why, and the working day by which the result is now expected.
 *
 * @param recordedBy the officer's staff account, kept on the event (the member's message is signed by the
 *                   complaints service)
 */
public record RecordInterimMessageCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        SealedText reason,
        LocalDate expectedDate,
        String recordedBy) {
}
