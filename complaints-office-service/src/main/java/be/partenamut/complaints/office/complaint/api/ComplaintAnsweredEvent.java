package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.serialization.Revision;

/** An answer was sent to the member; the complaints service's answer carries an outcome. */
@Revision("1")
public record ComplaintAnsweredEvent(
        ComplaintId complaintId,
        AnsweringLine line,
        Outcome outcome,
        SealedText answer) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
