package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.SealedText;

import java.time.Instant;

/**
 * The complaints office registered a complaint.
 *
 * @param category   a code of the intake catalogue, e.g. {@code REIMBURSEMENT}
 * @param receivedAt when the insurer received it through its channel; periods are counted from it
 */
public record ComplaintReceived(
        MessageMetadata metadata,
        String reference,
        Channel channel,
        MemberContact member,
        String category,
        SealedText subject,
        SealedText description,
        Instant receivedAt) implements ComplaintEvent {
}
