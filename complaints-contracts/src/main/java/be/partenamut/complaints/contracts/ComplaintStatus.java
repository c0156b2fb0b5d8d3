package be.partenamut.complaints.contracts;

import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintClosed;
import be.partenamut.complaints.contracts.events.ComplaintDeclined;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintInstructed;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.contracts.events.InterimMessageRecorded;
import be.partenamut.complaints.contracts.events.DepartmentInputGiven;
import be.partenamut.complaints.contracts.events.DepartmentInputRequested;
import be.partenamut.complaints.contracts.events.PersonalDataErased;
import be.partenamut.complaints.contracts.events.RecommendationAccepted;
import be.partenamut.complaints.contracts.events.RecommendationImplemented;
import be.partenamut.complaints.contracts.events.RecommendationIssued;
import be.partenamut.complaints.contracts.events.RecommendationRejected;
import be.partenamut.complaints.contracts.events.SlaBreached;
import be.partenamut.complaints.contracts.events.SlaWarned;
import be.partenamut.complaints.contracts.events.UnknownComplaintEvent;

import java.util.Optional;

/**
 * Where a complaint stands in its life. Which status an event leads to is decided here, once, for the
 * office's view of a complaint and for the figures alike.
 */
public enum ComplaintStatus {
    RECEIVED,
    ACKNOWLEDGED,
    FIRST_LINE_ANSWERED,
    ESCALATED,
    INSTRUCTED,
    COMPLAINTS_SERVICE_ANSWERED,
    CLOSED;

    /**
     * @return the status the complaint has after {@code event}; empty for events that do not move it
     *         (routing, recommendations, departments' input, SLA warnings and breaches, deliveries, erasures, unknown types)
     * @throws IllegalArgumentException for an answer that names no answering line
     */
    public static Optional<ComplaintStatus> reachedBy(ComplaintEvent event) {
        return Optional.ofNullable(event.accept(new Rule()));
    }

    /** The status after {@code event}: the one it leads to, or {@code current} when it does not move the complaint. */
    public static ComplaintStatus after(ComplaintStatus current, ComplaintEvent event) {
        return reachedBy(event).orElse(current);
    }

    /** The rule itself; null where the event leaves the status as it is. */
    private static final class Rule implements ComplaintEvent.Visitor<ComplaintStatus> {

        @Override
        public ComplaintStatus visit(ComplaintReceived event) {
            return RECEIVED;
        }

        @Override
        public ComplaintStatus visit(ComplaintAcknowledged event) {
            return ACKNOWLEDGED;
        }

        @Override
        public ComplaintStatus visit(ComplaintAnswered event) {
            if (event.line() == null) {
                throw new IllegalArgumentException(
                        "ComplaintAnswered names no line (FIRST_LINE or COMPLAINTS_SERVICE)");
            }
            return switch (event.line()) {
                case FIRST_LINE -> FIRST_LINE_ANSWERED;
                case COMPLAINTS_SERVICE -> COMPLAINTS_SERVICE_ANSWERED;
            };
        }

        @Override
        public ComplaintStatus visit(ComplaintEscalated event) {
            return ESCALATED;
        }

        @Override
        public ComplaintStatus visit(ComplaintInstructed event) {
            return INSTRUCTED;
        }

        @Override
        public ComplaintStatus visit(ComplaintClosed event) {
            return CLOSED;
        }

        @Override
        public ComplaintStatus visit(ComplaintDeclined event) {
            return CLOSED; // the ComplaintClosed that follows says the same
        }

        @Override
        public ComplaintStatus visit(InterimMessageRecorded event) {
            return null; // the member is told of a delay; the complaint stays where it is
        }

        @Override
        public ComplaintStatus visit(ComplaintRouted event) {
            return null; // the department changes, not where the complaint stands
        }

        @Override
        public ComplaintStatus visit(RecommendationIssued event) {
            return null; // advice to a department, not a step of the complaint
        }

        @Override
        public ComplaintStatus visit(RecommendationAccepted event) {
            return null; // the follow-up of a recommendation, not a step of the complaint
        }

        @Override
        public ComplaintStatus visit(RecommendationRejected event) {
            return null; // the follow-up of a recommendation, not a step of the complaint
        }

        @Override
        public ComplaintStatus visit(RecommendationImplemented event) {
            return null; // the follow-up of a recommendation, not a step of the complaint
        }

        @Override
        public ComplaintStatus visit(SlaWarned event) {
            return null; // a deadline's state, not the complaint's
        }

        @Override
        public ComplaintStatus visit(SlaBreached event) {
            return null; // a deadline's state, not the complaint's
        }


        @Override
        public ComplaintStatus visit(PersonalDataErased event) {
            return null; // the complaint keeps its place in its life without its personal data
        }

        @Override
        public ComplaintStatus visit(DepartmentInputRequested event) {
            return null; // part of the instruction: the complaint stays where it is while a department is asked
        }

        @Override
        public ComplaintStatus visit(DepartmentInputGiven event) {
            return null; // part of the instruction: the complaint stays where it is
        }

        @Override
        public ComplaintStatus visit(UnknownComplaintEvent event) {
            return null; // a newer producer's type: this version cannot tell, so it moves nothing
        }
    }
}
