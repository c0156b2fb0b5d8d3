package be.partenamut.complaints.office.complaint.query;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.ComplaintFile;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.office.complaint.api.ComplaintAnsweredEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintEscalatedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintLifecycleEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintReceivedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintRoutedEvent;
import be.partenamut.complaints.office.complaint.api.PersonalDataErasedEvent;
import be.partenamut.complaints.office.complaint.api.SlaBreachedEvent;
import be.partenamut.complaints.office.complaint.api.SlaWarnedEvent;
import be.partenamut.complaints.office.complaint.published.PublishedEvents;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.workingdays.ServiceLevels;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * The queues (read by {@link QueueQueries}): each complaint's department, status, due date of the line in
 * charge and how that line stands against it, and blind indexes of its member's number and name for search.
 * A list may be a moment behind the last command (a tracking processor follows the event store); opening a
 * complaint reads its events and is never behind, and who may act on it is decided by the complaint itself.
 * <p>
 * Every update sets values rather than adding to them, and an SLA state only moves forward within a line, so
 * an event applied again, or the whole store replayed from its start, gives the same rows.
 */
@Component
@ProcessingGroup(ComplaintQueueProjection.PROCESSING_GROUP)
public class ComplaintQueueProjection {

    public static final String PROCESSING_GROUP = "complaint-queue";

    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final ServiceLevels serviceLevels;

    public ComplaintQueueProjection(JdbcClient jdbc, PersonalData personalData, ServiceLevels serviceLevels) {
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.serviceLevels = serviceLevels;
    }

    /**
     * The blind indexes are computed from the sealed fields while the complaint's key exists; replayed after
     * an erasure, the key is gone and the complaint gets none, as it had none after the erasure.
     */
    @EventHandler
    void on(ComplaintReceivedEvent event, @Timestamp Instant at) {
        ComplaintFile file = event.file();
        Instant receivedAt = file.receivedAt() != null ? file.receivedAt() : at;
        // A suggestion has no due date: the day a complaint received with it would be due places it in the queue.
        LocalDate dueDate = file.firstLineDueDate() != null ? file.firstLineDueDate()
                : serviceLevels.firstLineDueDate(receivedAt).dueDate();
        SearchHashes hashes = searchHashes(event.complaintId().value(), file.member());
        jdbc.sql("""
                        insert into complaint_queue (complaint_id, reference, status, received_at, last_changed_at,
                                                     channel, category, due_date, member_number_hash,
                                                     last_name_hash, full_name_hash, kind)
                        values (:id, :reference, :status, :receivedAt, :at, :channel, :category, :dueDate,
                                :memberNumberHash, :lastNameHash, :fullNameHash, :kind)
                        on conflict do nothing""")
                .param("id", event.complaintId().value())
                .param("reference", file.reference())
                .param("status", ComplaintStatus.RECEIVED.name())
                .param("receivedAt", java.sql.Timestamp.from(receivedAt))
                .param("at", java.sql.Timestamp.from(at))
                .param("channel", file.channel() == null ? null : file.channel().name())
                .param("category", file.category())
                .param("dueDate", Date.valueOf(dueDate))
                .param("memberNumberHash", hashes.memberNumber())
                .param("lastNameHash", hashes.lastName())
                .param("fullNameHash", hashes.fullName())
                .param("kind", file.kind().name())
                .update();
    }

    @EventHandler
    void on(ComplaintRoutedEvent event, @Timestamp Instant at) {
        jdbc.sql("""
                        update complaint_queue set department = :department, last_changed_at = :at,
                               queue = case when escalated then :complaintsService else :department end
                        where complaint_id = :id""")
                .param("department", event.department()).param("at", java.sql.Timestamp.from(at))
                .param("complaintsService", WorkQueue.COMPLAINTS_SERVICE)
                .param("id", event.complaintId().value())
                .update();
    }

    /** The complaints service takes over: its queue, its due date, and a new period not warned of yet. */
    @EventHandler
    void on(ComplaintEscalatedEvent event, EventMessage<?> message) {
        LocalDate dueDate = event.dueDate() != null ? event.dueDate()
                : serviceLevels.complaintsServiceDueDate(event.escalationReceivedAt() != null
                ? event.escalationReceivedAt() : message.getTimestamp()).dueDate();
        jdbc.sql("""
                        update complaint_queue set escalated = true, queue = :complaintsService, due_date = :dueDate,
                               sla_state = 'PENDING', status = :status, last_changed_at = :at
                        where complaint_id = :id""")
                .param("complaintsService", WorkQueue.COMPLAINTS_SERVICE)
                .param("dueDate", Date.valueOf(dueDate))
                .param("status", statusAfter(event, message).orElse(ComplaintStatus.ESCALATED).name())
                .param("at", java.sql.Timestamp.from(message.getTimestamp()))
                .param("id", event.complaintId().value())
                .update();
    }

    /** The line that answered met its deadline (or not): either way nothing more is due from it. */
    @EventHandler
    void on(ComplaintAnsweredEvent event, EventMessage<?> message) {
        updateStatus(event, message);
        jdbc.sql("update complaint_queue set sla_state = 'ANSWERED' where complaint_id = :id and escalated = :escalated")
                .param("id", event.complaintId().value())
                .param("escalated", event.line() == AnsweringLine.COMPLAINTS_SERVICE)
                .update();
    }

    /** Only for the line in charge, and never back from a breach or an answer. */
    @EventHandler
    void on(SlaWarnedEvent event) {
        jdbc.sql("""
                        update complaint_queue set sla_state = 'WARNED'
                        where complaint_id = :id and escalated = :escalated and sla_state = 'PENDING'""")
                .param("id", event.complaintId().value())
                .param("escalated", event.line() == AnsweringLine.COMPLAINTS_SERVICE)
                .update();
    }

    /** Only for the line in charge, and never back from an answer. */
    @EventHandler
    void on(SlaBreachedEvent event) {
        jdbc.sql("""
                        update complaint_queue set sla_state = 'BREACHED'
                        where complaint_id = :id and escalated = :escalated and sla_state in ('PENDING', 'WARNED')""")
                .param("id", event.complaintId().value())
                .param("escalated", event.line() == AnsweringLine.COMPLAINTS_SERVICE)
                .update();
    }

    /** An erased member can no longer be found by number or name: their blind indexes go with their key. */
    @EventHandler
    void on(PersonalDataErasedEvent event) {
        jdbc.sql("""
                        update complaint_queue set member_number_hash = null, last_name_hash = null, full_name_hash = null
                        where complaint_id = :id""")
                .param("id", event.complaintId().value())
                .update();
    }

    /** Every other event: the status it leads to, by the same rule as everywhere ({@link ComplaintStatus#after}). */
    @EventHandler
    void on(ComplaintLifecycleEvent event, EventMessage<?> message) {
        updateStatus(event, message);
    }

    private void updateStatus(ComplaintLifecycleEvent event, EventMessage<?> message) {
        statusAfter(event, message).ifPresent(status -> jdbc.sql("""
                        update complaint_queue set status = :status, closed = :closed, last_changed_at = :at
                        where complaint_id = :id""")
                .param("status", status.name())
                .param("closed", status == ComplaintStatus.CLOSED)
                .param("at", java.sql.Timestamp.from(message.getTimestamp()))
                .param("id", event.complaintId().value())
                .update());
    }

    private static Optional<ComplaintStatus> statusAfter(ComplaintLifecycleEvent event, EventMessage<?> message) {
        return ComplaintStatus.reachedBy(PublishedEvents.toContract(event, message));
    }

    private SearchHashes searchHashes(UUID complaintId, MemberContact member) {
        if (member == null) {
            return SearchHashes.NONE;
        }
        PersonalData.Opener opener = personalData.openerFor(complaintId);
        String memberNumber = opener.text(PersonalFields.MEMBER_NUMBER, member.memberNumber());
        String firstName = opener.text(PersonalFields.FIRST_NAME, member.firstName());
        String lastName = opener.text(PersonalFields.LAST_NAME, member.lastName());
        return new SearchHashes(personalData.memberNumberSearchHash(memberNumber),
                lastName == null ? null : personalData.nameSearchHash(lastName),
                lastName == null ? null : personalData.nameSearchHash((firstName == null ? "" : firstName) + " " + lastName));
    }

    private record SearchHashes(String memberNumber, String lastName, String fullName) {
        static final SearchHashes NONE = new SearchHashes(null, null, null);
    }
}
