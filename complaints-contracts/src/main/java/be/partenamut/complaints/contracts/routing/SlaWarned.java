package be.partenamut.complaints.contracts.routing;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.MessageMetadata;

import java.time.LocalDate;

/** A due date is near and the line in charge has not answered yet. */
public record SlaWarned(
        MessageMetadata metadata,
        AnsweringLine line,
        LocalDate dueDate) implements RoutingMessage {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
