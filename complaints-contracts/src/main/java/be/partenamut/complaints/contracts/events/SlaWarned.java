package be.partenamut.complaints.contracts.events;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.MessageMetadata;

import java.time.LocalDate;

/** Staff were warned that the line in charge must answer by {@code dueDate}; recorded once per line. */
public record SlaWarned(
        MessageMetadata metadata,
        AnsweringLine line,
        LocalDate dueDate) implements ComplaintEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
