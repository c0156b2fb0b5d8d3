package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A complaint accepted by intake is registered; its receipt is acknowledged at once. */
public record ReceiveComplaintCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        String reference,
        Channel channel,
        MemberContact member,
        String category,
        SealedText subject,
        SealedText description,
        Instant receivedAt,
        LocalDate firstLineDueDate,
        UUID possibleDuplicateOf,
        String product,
        String agency) {
}
