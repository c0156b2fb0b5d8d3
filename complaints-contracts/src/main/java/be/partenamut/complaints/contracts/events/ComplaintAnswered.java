package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.contracts.Outcome;

/**
 * An answer was sent to the member.
 *
 * @param outcome set when the complaints service answers (founded, partly founded, unfounded);
 *                null for a first-line answer
 */
public record ComplaintAnswered(
        MessageMetadata metadata,
        AnsweringLine line,
        Outcome outcome,
        SealedText answer) implements ComplaintEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
