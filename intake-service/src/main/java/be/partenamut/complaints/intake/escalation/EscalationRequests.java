package be.partenamut.complaints.intake.escalation;

import be.partenamut.complaints.contracts.submissions.EscalationRequested;
import be.partenamut.complaints.intake.outbox.SubmissionStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The escalations intake accepted, PENDING until Kafka acknowledged their message, then PUBLISHED. */
@Repository
public class EscalationRequests {

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    public EscalationRequests(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when another escalation holds the same idempotency key */
    public void insert(StoredEscalation escalation, Instant createdAt) {
        jdbc.sql("""
                        insert into escalation_request (request_id, idempotency_key, complaint_id, reference,
                                                        request_fingerprint, status, message, created_at)
                        values (:id, :key, :complaintId, :reference, :fingerprint, :status, cast(:message as jsonb),
                                :createdAt)""")
                .param("id", escalation.requestId())
                .param("key", escalation.idempotencyKey())
                .param("complaintId", escalation.complaintId())
                .param("reference", escalation.message().reference())
                .param("fingerprint", escalation.requestFingerprint())
                .param("status", escalation.status().name())
                .param("message", write(escalation.message()))
                .param("createdAt", Timestamp.from(createdAt))
                .update();
    }

    public Optional<StoredEscalation> withIdempotencyKey(String idempotencyKey) {
        return jdbc.sql("""
                        select request_id, idempotency_key, request_fingerprint, status, message::text as message
                        from escalation_request where idempotency_key = :key""")
                .param("key", idempotencyKey)
                .query(this::read)
                .optional();
    }

    /** Whether an escalation of the complaint other than {@code except} reached Kafka. */
    public boolean publishedFor(UUID complaintId, UUID except) {
        return jdbc.sql("""
                        select count(*) from escalation_request
                        where complaint_id = :complaintId and status = 'PUBLISHED' and request_id <> :except""")
                .param("complaintId", complaintId)
                .param("except", except == null ? new UUID(0, 0) : except)
                .query(Long.class)
                .single() > 0;
    }

    /** The escalation's status, its row locked until the transaction ends. */
    public SubmissionStatus lockStatus(UUID requestId) {
        return jdbc.sql("select status from escalation_request where request_id = :id for update")
                .param("id", requestId)
                .query(String.class)
                .optional()
                .map(SubmissionStatus::valueOf)
                .orElseThrow(() -> new IllegalStateException("no escalation request " + requestId));
    }

    public void markPublished(UUID requestId, Instant publishedAt) {
        jdbc.sql("update escalation_request set status = 'PUBLISHED', published_at = :at where request_id = :id")
                .param("id", requestId)
                .param("at", Timestamp.from(publishedAt))
                .update();
    }

    /** Forgets a PENDING escalation that lost to another one of the same complaint. */
    public void deletePending(UUID requestId) {
        jdbc.sql("delete from escalation_request where request_id = :id and status = 'PENDING'")
                .param("id", requestId)
                .update();
    }

    private StoredEscalation read(ResultSet row, int i) throws SQLException {
        try {
            return new StoredEscalation(row.getObject("request_id", UUID.class), row.getString("idempotency_key"),
                    row.getString("request_fingerprint"), SubmissionStatus.valueOf(row.getString("status")),
                    objectMapper.readValue(row.getString("message"), EscalationRequested.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored escalation " + row.getObject("request_id") + " is unreadable", e);
        }
    }

    private String write(EscalationRequested message) {
        try {
            return objectMapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write escalation " + message.metadata().messageId(), e);
        }
    }
}
