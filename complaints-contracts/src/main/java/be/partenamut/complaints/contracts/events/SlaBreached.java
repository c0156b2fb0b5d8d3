package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.MessageMetadata;

import java.time.LocalDate;

/** The line in charge did not answer by {@code dueDate}; recorded once per line. */
public record SlaBreached(
        MessageMetadata metadata,
        AnsweringLine line,
        LocalDate dueDate) implements ComplaintEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
