package be.partenamut.complaints.office.complaint.query;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.contracts.deliveries.DeliveryChannel;
import be.partenamut.complaints.contracts.deliveries.DeliveryStatus;
import be.partenamut.complaints.contracts.deliveries.RecipientKind;
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
        List<TimelineEntry> timeline,
        List<Message> messages,
        List<UnreadableField> unreadableFields) {

    /**
     * A period the policy promises, for one line.
     *
     * @param state PENDING until answered; WARNED when the due date is near; BREACHED once it passed
     *              without an answer; ANSWERED when the line answered (in time or not: see breachedAt)
     */
    public record Deadline(AnsweringLine line, LocalDate dueDate, DeadlineState state, Instant warnedAt,
                           Instant breachedAt, Instant answeredAt) {
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

    public record Escalation(String reason, Instant escalationReceivedAt, String registeredBy) {
    }

    public record Note(String findings, Instant recordedAt, String recordedBy) {
    }

    public record Recommendation(UUID recommendationId, String department, String recommendation,
                                 Instant issuedAt, String issuedBy) {
    }

    public record Closure(String reason, Instant closedAt, String closedBy) {
    }

    /** One event of the complaint's life: its type, when it happened and who caused it. */
    public record TimelineEntry(String type, Instant at, String actor) {
    }

    /** A personal field whose stored value fails its integrity check: shown as null, with the reason. */
    public record UnreadableField(String field, String problem) {
    }
}
