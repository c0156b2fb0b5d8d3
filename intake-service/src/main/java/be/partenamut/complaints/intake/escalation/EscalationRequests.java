package be.partenamut.complaints.intake.escalation;

import be.partenamut.complaints.contracts.submissions.EscalationRequested;
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

/** The escalations intake accepted (at most one per complaint), with the message each one publishes. */
@Repository
public class EscalationRequests {

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    public EscalationRequests(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /**
     * @throws org.springframework.dao.DuplicateKeyException when another escalation holds the same idempotency
     *                                                       key, or was accepted for the same complaint
     */
    public void insert(StoredEscalation escalation, Instant createdAt) {
        jdbc.sql("""
                        insert into escalation_request (request_id, idempotency_key, complaint_id, reference,
                                                        request_fingerprint, message, created_at)
                        values (:id, :key, :complaintId, :reference, :fingerprint, cast(:message as jsonb),
                                :createdAt)""")
                .param("id", escalation.requestId())
                .param("key", escalation.idempotencyKey())
                .param("complaintId", escalation.complaintId())
                .param("reference", escalation.message().reference())
                .param("fingerprint", escalation.requestFingerprint())
                .param("message", write(escalation.message()))
                .param("createdAt", Timestamp.from(createdAt))
                .update();
    }

    public Optional<StoredEscalation> withIdempotencyKey(String idempotencyKey) {
        return jdbc.sql("""
                        select request_id, idempotency_key, request_fingerprint, message::text as message
                        from escalation_request where idempotency_key = :key""")
                .param("key", idempotencyKey)
                .query(this::read)
                .optional();
    }

    /** Whether intake accepted an escalation of the complaint other than {@code except}. */
    public boolean acceptedFor(UUID complaintId, UUID except) {
        return jdbc.sql("""
                        select count(*) from escalation_request
                        where complaint_id = :complaintId and request_id <> :except""")
                .param("complaintId", complaintId)
                .param("except", except == null ? new UUID(0, 0) : except)
                .query(Long.class)
                .single() > 0;
    }

    private StoredEscalation read(ResultSet row, int i) throws SQLException {
        try {
            return new StoredEscalation(row.getObject("request_id", UUID.class), row.getString("idempotency_key"),
                    row.getString("request_fingerprint"), objectMapper.readValue(row.getString("message"), EscalationRequested.class));
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
