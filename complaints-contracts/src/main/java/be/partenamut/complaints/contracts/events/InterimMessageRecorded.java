package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.SealedText;

import java.time.LocalDate;

/**
 * The complaints service cannot communicate its result within its 21 working days: an officer wrote to the
 * member why, and by when the result is now expected. The member receives this message (with the notice on
 * appeal deadlines); no other delay notice follows for the complaints service's line.
 *
 * @param reason       why the result is late, in the officer's words (personal: sealed)
 * @param expectedDate the working day by which the result is now expected
 * @param recordedBy   the officer's staff account
 */
public record InterimMessageRecorded(
        MessageMetadata metadata,
        SealedText reason,
        LocalDate expectedDate,
        String recordedBy) implements ComplaintEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
