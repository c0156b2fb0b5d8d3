package be.partenamut.complaints.office.complaint.api;

import be.partenamut.complaints.contracts.SealedText;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** An officer told the member why the complaints service's result is late, and by when it is now expected. */
@Revision("1")
public record InterimMessageRecordedEvent(
        ComplaintId complaintId,
        SealedText reason,
        LocalDate expectedDate,
        String recordedBy) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
