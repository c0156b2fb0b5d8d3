package be.partenamut.complaints.contracts.submissions;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.SealedText;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A member still in disagreement after the first-line answer refers to their complaint: the
 * complaints service takes it. The complaint id (in the metadata) was found by its reference.
 *
 * @param reason     why the member disagrees, sealed with the complaint's key
 * @param receivedAt when the complaints service received the request: its period counts from this day
 * @param dueDate    the day by which the complaints service communicates its result
 */
public record EscalationRequested(
        MessageMetadata metadata,
        String reference,
        Channel channel,
        SealedText reason,
        Instant receivedAt,
        LocalDate dueDate) implements SubmissionMessage {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
