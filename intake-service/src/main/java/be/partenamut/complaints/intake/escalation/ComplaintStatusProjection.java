package be.partenamut.complaints.intake.escalation;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.ComplaintFile;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintClosed;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
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
        if (event instanceof ComplaintReceived received) {
            ComplaintFile file = received.file();
            tracked.received(received.complaintId(), file.reference(),
                    file.member() == null ? null : file.member().dataSubjectId(), file.receivedAt());
        } else if (event instanceof ComplaintAnswered answered) {
            if (answered.line() == AnsweringLine.FIRST_LINE) {
                tracked.firstLineAnswered(answered.complaintId(), answered.metadata().occurredAt());
            }
        } else if (event instanceof ComplaintEscalated escalated) {
            tracked.escalated(escalated.complaintId(), escalated.escalationReceivedAt() != null
                    ? escalated.escalationReceivedAt() : escalated.metadata().occurredAt());
        } else if (event instanceof ComplaintClosed closed) {
            tracked.closed(closed.complaintId(), closed.metadata().occurredAt());
        }
    }
}
