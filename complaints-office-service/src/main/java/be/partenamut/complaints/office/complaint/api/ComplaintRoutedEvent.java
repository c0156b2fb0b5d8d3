package be.partenamut.complaints.office.complaint.api;

import org.axonframework.serialization.Revision;

/** The complaint was put in a department's queue; previousDepartment is null the first time. */
@Revision("1")
public record ComplaintRoutedEvent(
        ComplaintId complaintId,
        String department,
        String routingRule,
        String previousDepartment) implements ComplaintLifecycleEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.visit(this);
    }
}
