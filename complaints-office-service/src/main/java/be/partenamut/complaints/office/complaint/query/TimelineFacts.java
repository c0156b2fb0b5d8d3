package be.partenamut.complaints.office.complaint.query;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.office.complaint.api.AssignDepartmentCommand;
import be.partenamut.complaints.office.complaint.api.ComplaintAcknowledgedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintAnsweredEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintClosedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintDeclinedEvent;
import be.partenamut.complaints.office.complaint.api.InterimMessageRecordedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintEscalatedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintInstructedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintLifecycleEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintReceivedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintRoutedEvent;
import be.partenamut.complaints.office.complaint.api.DepartmentInputGivenEvent;
import be.partenamut.complaints.office.complaint.api.DepartmentInputRequestedEvent;
import be.partenamut.complaints.office.complaint.api.PersonalDataErasedEvent;
import be.partenamut.complaints.office.complaint.api.RecommendationAcceptedEvent;
import be.partenamut.complaints.office.complaint.api.RecommendationImplementedEvent;
import be.partenamut.complaints.office.complaint.api.RecommendationIssuedEvent;
import be.partenamut.complaints.office.complaint.api.RecommendationRejectedEvent;
import be.partenamut.complaints.office.complaint.api.SlaBreachedEvent;
import be.partenamut.complaints.office.complaint.api.SlaWarnedEvent;

import java.time.Instant;

/**
 * The timeline entry of one stored event: the facts a member of staff reads in it (where it was routed, which
 * line answered with which outcome, which due date it set). It reads no sealed field, so the timeline holds no
 * personal text and stays whole once the member's data is erased.
 */
final class TimelineFacts implements ComplaintLifecycleEvent.Visitor<ComplaintDetails.TimelineEntry> {

    private final String type;
    private final Instant at;
    private final String actor;
    private final long version;

    TimelineFacts(String type, Instant at, String actor, long version) {
        this.type = type;
        this.at = at;
        this.actor = actor;
        this.version = version;
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(ComplaintReceivedEvent event) {
        return entry(AnsweringLine.FIRST_LINE, null, null, false, event.file().firstLineDueDate());
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(ComplaintAcknowledgedEvent event) {
        return plain();
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(ComplaintRoutedEvent event) {
        return entry(null, event.department(), event.previousDepartment(),
                AssignDepartmentCommand.STAFF_REROUTE.equals(event.routingRule()), null);
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(ComplaintAnsweredEvent event) {
        return new ComplaintDetails.TimelineEntry(type, at, actor, version, event.line(), null, null, false,
                event.outcome(), null, null, null);
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(ComplaintEscalatedEvent event) {
        return entry(AnsweringLine.COMPLAINTS_SERVICE, null, null, false, event.dueDate());
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(ComplaintInstructedEvent event) {
        return plain();
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(RecommendationIssuedEvent event) {
        return entry(null, event.department(), null, false, null);
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(RecommendationAcceptedEvent event) {
        return entry(null, event.department(), null, false, null);
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(RecommendationRejectedEvent event) {
        return entry(null, event.department(), null, false, null);
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(RecommendationImplementedEvent event) {
        return entry(null, event.department(), null, false, null);
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(ComplaintClosedEvent event) {
        return plain();
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(PersonalDataErasedEvent event) {
        return new ComplaintDetails.TimelineEntry(type, at, actor, version, null, null, null, false, null, null,
                event.cause(), null);
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(SlaWarnedEvent event) {
        return entry(event.line(), null, null, false, event.dueDate());
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(SlaBreachedEvent event) {
        return entry(event.line(), null, null, false, event.dueDate());
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(InterimMessageRecordedEvent event) {
        return entry(AnsweringLine.COMPLAINTS_SERVICE, null, null, false, event.expectedDate());
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(ComplaintDeclinedEvent event) {
        return new ComplaintDetails.TimelineEntry(type, at, actor, version, null, null, null, false, null, null,
                null, event.reason());
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(DepartmentInputRequestedEvent event) {
        return entry(null, event.department(), null, false, null);
    }

    @Override
    public ComplaintDetails.TimelineEntry visit(DepartmentInputGivenEvent event) {
        return entry(null, event.department(), null, false, null);
    }

    private ComplaintDetails.TimelineEntry plain() {
        return ComplaintDetails.TimelineEntry.of(type, at, actor, version);
    }

    private ComplaintDetails.TimelineEntry entry(AnsweringLine line, String department, String previousDepartment,
                                                 boolean byStaff, java.time.LocalDate dueDate) {
        return new ComplaintDetails.TimelineEntry(type, at, actor, version, line, department, previousDepartment,
                byStaff, null, dueDate, null, null);
    }
}
