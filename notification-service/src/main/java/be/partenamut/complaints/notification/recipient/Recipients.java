package be.partenamut.complaints.notification.recipient;

import be.partenamut.complaints.contracts.ErasureCause;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.SealedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The members to write to, one per complaint (or per declined submission told by letter); their contact
 * details only sealed.
 */
@Repository
public class Recipients {

    private final JdbcClient jdbc;

    public Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the first contact known for the complaint; a later one for the same complaint changes nothing. */
    public boolean add(Recipient recipient, Instant registeredAt) {
        return jdbc.sql("""
                        insert into recipient (complaint_id, reference, data_subject_id, first_name_sealed,
                                               last_name_sealed, email_sealed, language, registered_at,
                                               contact_removed_at, contact_removal_cause, member_number_sealed)
                        values (:complaintId, :reference, :dataSubjectId, :firstName, :lastName, :email, :language,
                                :registeredAt, :removedAt, :removalCause, :memberNumber)
                        on conflict (complaint_id) do nothing""")
                .param("complaintId", recipient.complaintId())
                .param("reference", recipient.reference())
                .param("dataSubjectId", recipient.dataSubjectId())
                .param("firstName", value(recipient.firstName()))
                .param("lastName", value(recipient.lastName()))
                .param("email", value(recipient.email()))
                .param("language", recipient.language().code())
                .param("registeredAt", Timestamp.from(registeredAt))
                .param("removedAt", recipient.contactRemoved() == null ? null : Timestamp.from(registeredAt))
                .param("removalCause", recipient.contactRemoved() == null ? null : recipient.contactRemoved().name())
                .param("memberNumber", value(recipient.memberNumber()))
                .update() == 1;
    }

    public Optional<Recipient> ofComplaint(UUID complaintId) {
        return jdbc.sql("""
                        select complaint_id, reference, data_subject_id, first_name_sealed, last_name_sealed,
                               email_sealed, language, contact_removal_cause, member_number_sealed
                        from recipient where complaint_id = :complaintId""")
                .param("complaintId", complaintId)
                .query((row, i) -> recipient(row))
                .optional();
    }

    /**
     * Deletes the complaint's sealed contact details and notes why; the row's other facts (reference,
     * language, pseudonym) stay. Idempotent: a repeat keeps the first removal's time and cause.
     *
     * @return whether the complaint is known here
     */
    public boolean removeContact(UUID complaintId, ErasureCause cause, Instant removedAt) {
        return jdbc.sql("""
                        update recipient
                           set first_name_sealed = null, last_name_sealed = null, email_sealed = null,
                               member_number_sealed = null,
                               contact_removed_at = coalesce(contact_removed_at, :removedAt),
                               contact_removal_cause = coalesce(contact_removal_cause, :cause)
                         where complaint_id = :complaintId""")
                .param("complaintId", complaintId)
                .param("cause", cause.name())
                .param("removedAt", Timestamp.from(removedAt))
                .update() == 1;
    }

    private static Recipient recipient(ResultSet row) throws SQLException {
        String removal = row.getString("contact_removal_cause");
        return new Recipient(
                row.getObject("complaint_id", UUID.class),
                row.getString("reference"),
                row.getObject("data_subject_id", UUID.class),
                sealed(row.getString("first_name_sealed")),
                sealed(row.getString("last_name_sealed")),
                sealed(row.getString("email_sealed")),
                Language.fromCode(row.getString("language")),
                removal == null ? null : ErasureCause.valueOf(removal),
                sealed(row.getString("member_number_sealed")));
    }

    private static String value(SealedText sealed) {
        return sealed == null ? null : sealed.value();
    }

    private static SealedText sealed(String value) {
        return value == null ? null : SealedText.of(value);
    }
}
