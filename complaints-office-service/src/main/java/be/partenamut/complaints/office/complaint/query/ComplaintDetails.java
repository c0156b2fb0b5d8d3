package be.partenamut.complaints.office.complaint.query;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.personaldata.Opened;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What staff see of one complaint: where it stands and everything that happened to it, with who
 * did it and when. Built from the complaint's own events, so it is never behind the last command.
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
        List<UnreadableField> unreadableFields) {

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
