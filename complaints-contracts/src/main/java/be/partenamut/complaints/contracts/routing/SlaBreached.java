package be.partenamut.complaints.contracts.routing;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.MessageMetadata;

import java.time.LocalDate;

/** The due date passed (its last day ended) and the line in charge has not answered. */
public record SlaBreached(
        MessageMetadata metadata,
        AnsweringLine line,
        LocalDate dueDate) implements RoutingMessage {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
