package be.partenamut.complaints.office.complaint.query;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.office.complaint.api.ComplaintAcknowledgedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintAnsweredEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintClosedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintEscalatedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintInstructedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintLifecycleEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintReceivedEvent;

/** The one place that says which status an event leads to. */
public final class ComplaintStatuses {

    private ComplaintStatuses() {
    }

    /** The status after {@code event}; events that do not move the complaint (routing, recommendations) keep {@code current}. */
    public static ComplaintStatus after(ComplaintStatus current, ComplaintLifecycleEvent event) {
        if (event instanceof ComplaintReceivedEvent) {
            return ComplaintStatus.RECEIVED;
        }
        if (event instanceof ComplaintAcknowledgedEvent) {
            return ComplaintStatus.ACKNOWLEDGED;
        }
        if (event instanceof ComplaintAnsweredEvent answered) {
            return answered.line() == AnsweringLine.FIRST_LINE
                    ? ComplaintStatus.FIRST_LINE_ANSWERED : ComplaintStatus.COMPLAINTS_SERVICE_ANSWERED;
        }
        if (event instanceof ComplaintEscalatedEvent) {
            return ComplaintStatus.ESCALATED;
        }
        if (event instanceof ComplaintInstructedEvent) {
            return ComplaintStatus.INSTRUCTED;
        }
        if (event instanceof ComplaintClosedEvent) {
            return ComplaintStatus.CLOSED;
        }
        return current;
    }
}
