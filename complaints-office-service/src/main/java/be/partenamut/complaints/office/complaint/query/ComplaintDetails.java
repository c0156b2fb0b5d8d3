package be.partenamut.complaints.office.complaint.query;

import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.ErasureCause;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.OralFirstLineContact;
import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.contracts.deliveries.DeliveryStatus;
import be.partenamut.complaints.contracts.deliveries.RecipientKind;
import be.partenamut.complaints.office.complaint.api.MotivatingComplaint;
import be.partenamut.complaints.office.complaint.command.RecommendationState;
import be.partenamut.complaints.personaldata.Opened;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What staff see of one complaint: where it stands and everything that happened to it, with who
 * did it and when. Built from the complaint's own events, so it is never behind the last command;
 * its messages (what became of them) come from the delivery statuses the notification service reports.
 * Personal fields are opened with the complaint's key; once it is destroyed they are null and
 * {@code personalData} says why, while the facts and the timeline remain.
 *
 * @param firstLineDepartment once escalated, the department whose queue the complaint was in then (the first line):
 *                            it may still read the complaint; null before
 * @param inputRequests       the departments the complaints service asked for their input, in order, with their
 *                            replies (open while {@code reply} is null)
 * @param version the sequence number of the complaint's last event (Axon's aggregate version): what a
 *                member of staff saw, sent back with a command (If-Match) so a change made in the meantime is
 *                refused rather than overwritten
 * @param kind    a complaint, or a suggestion (no answer deadline, never escalated)
 */
public record ComplaintDetails(
        UUID complaintId,
        String reference,
        ComplaintStatus status,
        Channel channel,
        String category,
        String department,
        UUID possibleDuplicateOf,
        List<Deadline> deadlines,
        PersonalData personalData,
        Member member,
        String subject,
        String description,
        Instant receivedAt,
        Instant acknowledgedAt,
        Answer firstLineAnswer,
        Escalation escalation,
        List<Note> instruction,
        Answer complaintsServiceAnswer,
        List<Recommendation> recommendations,
        Closure closure,
        List<InterimMessage> interimMessages,
        Decline decline,
        List<TimelineEntry> timeline,
        List<Message> messages,
        List<UnreadableField> unreadableFields,
        long version,
        String firstLineDepartment,
        List<InputRequest> inputRequests,
        SubmissionKind kind) {

    /**
     * A period the policy promises, for one line.
     *
     * @param state           PENDING until answered; WARNED when the due date is near; BREACHED once it
     *                        passed without an answer; ANSWERED when the line answered (in time or not: see
     *                        breachedAt)
     * @param workingDaysLeft while the line has not answered: the working days from today up to and including
     *                        the due date (0 on the due date and after it); null once answered or without a
     *                        due date
     */
    public record Deadline(AnsweringLine line, LocalDate dueDate, DeadlineState state, Instant warnedAt,
                           Instant breachedAt, Instant answeredAt, Integer workingDaysLeft) {
    }

    public enum DeadlineState { PENDING, WARNED, BREACHED, ANSWERED }

    /** A message about the complaint and what became of it; its content is in the notification archive. */
    public record Message(UUID notificationId, String messageType, RecipientKind recipient, DeliveryChannel channel,
                          DeliveryStatus status, Instant at) {
    }

    /**
     * @param status READABLE while the key exists; ERASED (on the member's request) or EXPIRED
     *               (retention period ended) once it is destroyed
     * @param since  when it was destroyed
     */
    public record PersonalData(Opened.Readability status, Instant since) {
    }

    public record Member(String memberNumber, String firstName, String lastName, String email, Language language) {
    }

    public record Answer(String answer, Outcome outcome, Instant answeredAt, String answeredBy) {
    }

    /**
     * @param oralFirstLineContact when and where the member spoke to the first line, for a complaint an officer
     *                             registered with its escalation at once; null otherwise
     */
    public record Escalation(String reason, Instant escalationReceivedAt, String registeredBy,
                             OralFirstLineContact oralFirstLineContact) {
    }

    public record Note(String findings, Instant recordedAt, String recordedBy) {
    }

    /**
     * A recommendation and what became of it.
     *
     * @param state                where it stands: ISSUED, then ACCEPTED or REJECTED, then IMPLEMENTED
     * @param motivatingComplaints the other complaints that motivated it besides this one
     * @param accepted             the department's acceptance, when it accepted it
     * @param rejected             the department's rejection with its reason, when it rejected it
     * @param implemented          the day it took effect and who recorded it, once implemented
     */
    public record Recommendation(UUID recommendationId, String department, String recommendation,
                                 Instant issuedAt, String issuedBy, RecommendationState state,
                                 List<MotivatingComplaint> motivatingComplaints, Step accepted, Step rejected,
                                 Step implemented) {

        /**
         * One step of a recommendation's follow-up.
         *
         * @param reason        the department's reason (a rejection's), null otherwise or once erased
         * @param implementedOn the day the change took effect (an implementation's), null otherwise
         */
        public record Step(Instant at, String by, String reason, LocalDate implementedOn) {
        }
    }

    public record Closure(String reason, Instant closedAt, String closedBy) {
    }

    /** What an officer wrote to the member when the complaints service's result was late. */
    public record InterimMessage(String reason, LocalDate expectedDate, Instant recordedAt, String recordedBy) {
    }

    /** Why an officer declined the complaint (the policy does not handle it), as the member was told. */
    public record Decline(DeclineReason reason, String explanation, Instant declinedAt, String declinedBy) {
    }

    /**
     * The complaints service's request for a department's input, and the department's reply once given.
     *
     * @param open true until the department replied
     */
    public record InputRequest(UUID inputRequestId, String department, String question, Instant requestedAt,
                               String requestedBy, boolean open, String reply, Instant repliedAt, String repliedBy) {

        InputRequest replied(String replyText, Instant at, String by) {
            return new InputRequest(inputRequestId, department, question, requestedAt, requestedBy, false, replyText,
                    at, by);
        }
    }

    /** Whether {@code department} was asked for its input on this complaint (whether it replied or not). */
    public boolean askedForInput(String department) {
        return inputRequests.stream().anyMatch(request -> request.department().equals(department));
    }

    /** The requests for input {@code department} has yet to reply to. */
    public List<InputRequest> openInputRequestsOf(String department) {
        return inputRequests.stream().filter(r -> r.open() && (department == null || r.department().equals(department)))
                .toList();
    }

    /**
     * One event of the complaint's life: its type, when it happened and who caused it, with the facts a member
     * of staff reads in it. Never a personal text (those are shown once, in their own place on the page).
     *
     * @param version            the event's sequence number: the complaint's version once it happened
     * @param line               the line an answer, a due date or an SLA warning or breach is about
     * @param department         the department routed to, the one a recommendation is for, or the one asked for
     *                           its input (or replying)
     * @param previousDepartment the department a routing took the complaint from
     * @param byStaff            a routing decided by staff (a reroute), not by routing's rules
     * @param outcome            the complaints service's finding, on its answer
     * @param dueDate            the due date the event set (a receipt, an escalation, an interim message's new
     *                           expected date) or is about (warning, breach)
     * @param erasureCause       why the personal data was erased
     * @param declineReason      why an officer declined the complaint
     */
    public record TimelineEntry(String type, Instant at, String actor, long version, AnsweringLine line,
                                String department, String previousDepartment, boolean byStaff, Outcome outcome,
                                LocalDate dueDate, ErasureCause erasureCause, DeclineReason declineReason) {

        /** An entry with its type, time, actor and version only. */
        public static TimelineEntry of(String type, Instant at, String actor, long version) {
            return new TimelineEntry(type, at, actor, version, null, null, null, false, null, null, null, null);
        }
    }

    /** A personal field whose stored value fails its integrity check: shown as null, with the reason. */
    public record UnreadableField(String field, String problem) {
    }
}
