package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.AnsweringLine;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The line did not answer by {@code dueDate}; recorded once per line. */
@Revision("1")
public record SlaBreachedEvent(
        ComplaintId complaintId,
        AnsweringLine line,
        LocalDate dueDate) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
