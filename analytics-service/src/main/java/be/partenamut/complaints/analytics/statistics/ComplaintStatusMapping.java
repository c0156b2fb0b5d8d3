package be.partenamut.complaints.analytics.statistics;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintClosed;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintInstructed;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.support.messaging.UnprocessableMessageException;

import java.util.Optional;

/** Where an event leaves a complaint in its life. */
public final class ComplaintStatusMapping {

    private ComplaintStatusMapping() {
    }

    /**
     * @return the status the complaint has after {@code event}; empty for events that do not move it
     *         (routing, recommendations, event types this version does not know)
     * @throws UnprocessableMessageException for an answer that names no answering line
     */
    public static Optional<ComplaintStatus> statusAfter(ComplaintEvent event) {
        if (event instanceof ComplaintReceived) {
            return Optional.of(ComplaintStatus.RECEIVED);
        }
        if (event instanceof ComplaintAcknowledged) {
            return Optional.of(ComplaintStatus.ACKNOWLEDGED);
        }
        if (event instanceof ComplaintAnswered answered) {
            return Optional.of(answeredBy(answered.line()));
        }
        if (event instanceof ComplaintEscalated) {
            return Optional.of(ComplaintStatus.ESCALATED);
        }
        if (event instanceof ComplaintInstructed) {
            return Optional.of(ComplaintStatus.INSTRUCTED);
        }
        if (event instanceof ComplaintClosed) {
            return Optional.of(ComplaintStatus.CLOSED);
        }
        return Optional.empty();
    }

    private static ComplaintStatus answeredBy(AnsweringLine line) {
        if (line == null) {
            throw new UnprocessableMessageException("ComplaintAnswered names no line (FIRST_LINE or COMPLAINTS_SERVICE)");
        }
        return switch (line) {
            case FIRST_LINE -> ComplaintStatus.FIRST_LINE_ANSWERED;
            case COMPLAINTS_SERVICE -> ComplaintStatus.COMPLAINTS_SERVICE_ANSWERED;
        };
    }
}
