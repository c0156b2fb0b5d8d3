package be.partenamut.complaints.notification.letter;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.notification.message.NotificationType;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The letters waiting to be printed and posted, and those already printed; the PDFs only sealed. */
@Repository
public class PrintQueue {

    private static final String COLUMNS = """
            letter_id, complaint_id, reference, type, language, pages, pdf_sealed, queued_at, printed_at, printed_by,
            withdrawn_at""";
    /** The same columns, named by the print queue's alias where it is joined to the complaints' files. */
    private static final String LETTER_COLUMNS = """
            q.letter_id, q.complaint_id, q.reference, q.type, q.language, q.pages, q.pdf_sealed, q.queued_at,
            q.printed_at, q.printed_by, q.withdrawn_at""";

    private static final RowMapper<QueuedLetter> ROW = (row, i) -> new QueuedLetter(
            row.getObject("letter_id", UUID.class),
            row.getObject("complaint_id", UUID.class),
            row.getString("reference"),
            NotificationType.valueOf(row.getString("type")),
            Language.fromCode(row.getString("language")),
            row.getInt("pages"),
            row.getString("pdf_sealed") == null ? null : SealedText.of(row.getString("pdf_sealed")),
            row.getTimestamp("queued_at").toInstant(),
            row.getTimestamp("printed_at") == null ? null : row.getTimestamp("printed_at").toInstant(),
            row.getString("printed_by"),
            row.getTimestamp("withdrawn_at") == null ? null : row.getTimestamp("withdrawn_at").toInstant());

    private final JdbcClient jdbc;

    public PrintQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the letter of a delivery; a letter already queued for it stays as it is. */
    public void add(QueuedLetter letter) {
        jdbc.sql("""
                        insert into print_queue (letter_id, complaint_id, reference, type, language, pages, pdf_sealed,
                                                 queued_at)
                        values (:letterId, :complaintId, :reference, :type, :language, :pages, :pdf, :queuedAt)
                        on conflict (letter_id) do nothing""")
                .param("letterId", letter.letterId())
                .param("complaintId", letter.complaintId())
                .param("reference", letter.reference())
                .param("type", letter.type().name())
                .param("language", letter.language().code())
                .param("pages", letter.pages())
                .param("pdf", letter.pdf().value())
                .param("queuedAt", Timestamp.from(letter.queuedAt()))
                .update();
    }

    public Optional<QueuedLetter> get(UUID letterId) {
        return jdbc.sql("select " + COLUMNS + " from print_queue where letter_id = :letterId")
                .param("letterId", letterId)
                .query(ROW)
                .optional();
    }

    /** The letters in the given state, oldest first. */
    public List<QueuedLetter> list(QueuedLetter.State state, int limit) {
        return list(state, limit, "", null);
    }

    /**
     * The letters in the given state about the complaints of {@code department} or of no known department (not
     * routed yet, or a declined submission), oldest first: what a department agent prints.
     *
     * @param department the department; null for none (then only the letters of no known department)
     */
    public List<QueuedLetter> listOfDepartment(QueuedLetter.State state, int limit, String department) {
        // The department comes from this service's own complaint files, which the complaints' events keep up to date.
        String ofDepartment = department == null ? " and f.department is null"
                : " and (f.department is null or f.department = :department)";
        return list(state, limit, ofDepartment, department);
    }

    private List<QueuedLetter> list(QueuedLetter.State state, int limit, String ofDepartment, String department) {
        String where = switch (state) {
            case QUEUED -> "q.printed_at is null and q.withdrawn_at is null";
            case PRINTED -> "q.printed_at is not null";
            case WITHDRAWN -> "q.withdrawn_at is not null";
        };
        JdbcClient.StatementSpec query = jdbc.sql("select " + LETTER_COLUMNS
                        + " from print_queue q left join complaint_file f on f.complaint_id = q.complaint_id"
                        + " where " + where + ofDepartment + " order by q.queued_at, q.letter_id limit :limit")
                .param("limit", limit);
        if (department != null) {
            query = query.param("department", department);
        }
        return query.query(ROW).list();
    }

    public void markPrinted(UUID letterId, Instant printedAt, String printedBy) {
        jdbc.sql("update print_queue set printed_at = :printedAt, printed_by = :printedBy where letter_id = :letterId and printed_at is null")
                .param("letterId", letterId)
                .param("printedAt", Timestamp.from(printedAt))
                .param("printedBy", printedBy)
                .update();
    }

    /**
     * The complaint's personal data is gone: its letters not printed yet are withdrawn, and every PDF
     * (printed or not) is deleted; it could not be opened any more anyway. Idempotent.
     *
     * @return how many letters were withdrawn now
     */
    public int withdraw(UUID complaintId, Instant now) {
        int withdrawn = jdbc.sql("""
                        update print_queue set withdrawn_at = :now
                        where complaint_id = :complaintId and printed_at is null and withdrawn_at is null""")
                .param("complaintId", complaintId)
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("update print_queue set pdf_sealed = null where complaint_id = :complaintId and pdf_sealed is not null")
                .param("complaintId", complaintId)
                .update();
        return withdrawn;
    }
}
