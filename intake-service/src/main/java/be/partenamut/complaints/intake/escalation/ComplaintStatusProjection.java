package be.partenamut.complaints.intake.escalation;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.ComplaintFile;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintClosed;
import be.partenamut.complaints.contracts.events.InterimMessageRecorded;
import be.partenamut.complaints.contracts.events.ComplaintDeclined;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintInstructed;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.contracts.events.PersonalDataErased;
import be.partenamut.complaints.contracts.events.DepartmentInputGiven;
import be.partenamut.complaints.contracts.events.DepartmentInputRequested;
import be.partenamut.complaints.contracts.events.RecommendationIssued;
import be.partenamut.complaints.contracts.events.RecommendationAccepted;
import be.partenamut.complaints.contracts.events.RecommendationImplemented;
import be.partenamut.complaints.contracts.events.RecommendationRejected;
import be.partenamut.complaints.contracts.events.SlaBreached;
import be.partenamut.complaints.contracts.events.SlaWarned;
import be.partenamut.complaints.contracts.events.UnknownComplaintEvent;
import be.partenamut.complaints.support.messaging.ProcessedMessages;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follows the complaints office's events into {@link TrackedComplaints}: which complaint has which
 * reference and member, whether the first line answered, whether it was escalated or closed.
 */
@Service
public class ComplaintStatusProjection {

    static final String CONSUMER = "intake-complaint-status";

    private final TrackedComplaints tracked;
    private final ProcessedMessages processedMessages;

    public ComplaintStatusProjection(TrackedComplaints tracked, ProcessedMessages processedMessages) {
        this.tracked = tracked;
        this.processedMessages = processedMessages;
    }

    /** Applies the event once; a redelivered event is recognised by its message id and skipped. */
    @Transactional
    public void apply(ComplaintEvent event) {
        if (!processedMessages.firstDelivery(event.metadata().messageId(), CONSUMER)) {
            return;
        }
        event.accept(new Tracking());
    }

    /** What each event tells about where the complaint stands for an escalation. */
    private final class Tracking implements ComplaintEvent.Visitor<Void> {

        @Override
        public Void visit(ComplaintReceived received) {
            ComplaintFile file = received.file();
            tracked.received(received.complaintId(), file.reference(),
                    file.member() == null ? null : file.member().dataSubjectId(), file.receivedAt(),
                    file.firstLineDueDate(), file.kind());
            return null;
        }

        @Override
        public Void visit(ComplaintAnswered answered) {
            if (answered.line() == AnsweringLine.FIRST_LINE) {
                tracked.firstLineAnswered(answered.complaintId(), answered.metadata().occurredAt());
            }
            return null;
        }

        @Override
        public Void visit(ComplaintEscalated escalated) {
            tracked.escalated(escalated.complaintId(), escalated.escalationReceivedAt() != null
                    ? escalated.escalationReceivedAt() : escalated.metadata().occurredAt());
            return null;
        }

        @Override
        public Void visit(ComplaintClosed closed) {
            tracked.closed(closed.complaintId(), closed.metadata().occurredAt());
            return null;
        }

        @Override
        public Void visit(ComplaintAcknowledged acknowledged) {
            return null; // received already made the complaint known
        }

        @Override
        public Void visit(ComplaintRouted routed) {
            return null; // the department does not decide whether a member may escalate
        }

        @Override
        public Void visit(ComplaintInstructed instructed) {
            return null; // after the escalation: nothing more to check at the door
        }

        @Override
        public Void visit(RecommendationIssued recommendation) {
            return null; // after the escalation: nothing more to check at the door
        }

        @Override
        public Void visit(RecommendationAccepted recommendationAccepted) {
            return null; // a recommendation's follow-up decides nothing at the door
        }

        @Override
        public Void visit(RecommendationRejected recommendationRejected) {
            return null; // a recommendation's follow-up decides nothing at the door
        }

        @Override
        public Void visit(RecommendationImplemented recommendationImplemented) {
            return null; // a recommendation's follow-up decides nothing at the door
        }

        @Override
        public Void visit(SlaWarned warned) {
            return null; // deadlines do not decide whether a member may escalate
        }

        @Override
        public Void visit(SlaBreached breached) {
            return null; // deadlines do not decide whether a member may escalate
        }


        @Override
        public Void visit(DepartmentInputRequested requested) {
            return null; // after the escalation: nothing more to check at the door
        }

        @Override
        public Void visit(DepartmentInputGiven given) {
            return null; // after the escalation: nothing more to check at the door
        }

        @Override
        public Void visit(PersonalDataErased erased) {
            return null; // where the complaint stands does not change
        }

        @Override
        public Void visit(InterimMessageRecorded interim) {
            return null; // the complaints service still has the complaint: nothing changes at the door
        }

        @Override
        public Void visit(ComplaintDeclined declined) {
            return null; // the ComplaintClosed that follows it is what the door reads; the office refuses an escalation
        }

        @Override
        public Void visit(UnknownComplaintEvent unknown) {
            return null; // a newer producer's type: nothing here knows what it means for an escalation
        }
    }
}
