package be.partenamut.complaints.intake.outbox;

import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The accepted submissions, with the message each one publishes (its personal fields sealed). */
@Repository
public class Submissions {

    private static final String COLUMNS =
            "submission_id, idempotency_key, request_fingerprint, message::text as message, passed_to_first_line";

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    public Submissions(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /**
     * Stores a new submission.
     *
     * @throws org.springframework.dao.DuplicateKeyException when another submission holds the same
     *                                                       idempotency key
     */
    public void insert(StoredSubmission submission, Instant createdAt) {
        ComplaintSubmitted message = submission.message();
        jdbc.sql("""
                        insert into submission (submission_id, idempotency_key, complaint_id, reference,
                                                request_fingerprint, message, created_at, passed_to_first_line)
                        values (:submissionId, :idempotencyKey, :complaintId, :reference, :requestFingerprint,
                                cast(:message as jsonb), :createdAt, :passedToFirstLine)""")
                .param("submissionId", submission.submissionId())
                .param("idempotencyKey", submission.idempotencyKey())
                .param("complaintId", message.metadata().complaintId())
                .param("reference", message.file().reference())
                .param("requestFingerprint", submission.requestFingerprint())
                .param("message", write(message))
                .param("createdAt", Timestamp.from(createdAt))
                .param("passedToFirstLine", submission.passedToFirstLine())
                .update();
    }

    public Optional<StoredSubmission> withIdempotencyKey(String idempotencyKey) {
        return jdbc.sql("select " + COLUMNS + " from submission where idempotency_key = :idempotencyKey")
                .param("idempotencyKey", idempotencyKey)
                .query(this::read)
                .optional();
    }

    /** The registered submission with this reference. */
    public Optional<StoredSubmission> withReference(String reference) {
        return jdbc.sql("select " + COLUMNS + " from submission where reference = :reference")
                .param("reference", reference)
                .query(this::read)
                .optional();
    }

    /**
     * The registered complaints of a data subject in a category since {@code since}, most recent
     * first, with their sealed descriptions: what a new complaint may repeat.
     */
    public List<Earlier> recentOfSubject(UUID dataSubjectId, String category, Instant since, int limit) {
        return jdbc.sql("""
                        select complaint_id, message -> 'file' ->> 'description' as description from submission
                        where message -> 'file' -> 'member' ->> 'dataSubjectId' = :subject
                          and message -> 'file' ->> 'category' = :category
                          and created_at >= :since
                        order by created_at desc limit :limit""")
                .param("subject", dataSubjectId.toString())
                .param("category", category)
                .param("since", Timestamp.from(since))
                .param("limit", limit)
                .query((row, i) -> new Earlier(row.getObject("complaint_id", UUID.class),
                        row.getString("description") == null ? null : SealedText.of(row.getString("description"))))
                .list();
    }

    /** An earlier complaint and its sealed description. */
    public record Earlier(UUID complaintId, SealedText description) {
    }

    private StoredSubmission read(ResultSet row, int rowNumber) throws SQLException {
        try {
            return new StoredSubmission(
                    row.getObject("submission_id", UUID.class),
                    row.getString("idempotency_key"),
                    row.getString("request_fingerprint"),
                    objectMapper.readValue(row.getString("message"), ComplaintSubmitted.class),
                    row.getBoolean("passed_to_first_line"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored submission " + row.getObject("submission_id") + " is unreadable", e);
        }
    }

    private String write(ComplaintSubmitted message) {
        try {
            return objectMapper.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write submission " + message.metadata().messageId(), e);
        }
    }
}
