package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The complaints office registered a complaint. */
@Revision("1")
public record ComplaintReceivedEvent(
        ComplaintId complaintId,
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
        String agency) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
