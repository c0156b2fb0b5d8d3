package be.partenamut.complaints.notification.recipient;

import be.partenamut.complaints.contracts.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The members to write to, one per complaint. */
@Repository
public class Recipients {

    private final JdbcClient jdbc;

    public Recipients(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the first contact known for the complaint; a later one for the same complaint changes nothing. */
    public boolean add(Recipient recipient, Instant registeredAt) {
        return jdbc.sql("""
                        insert into recipient (complaint_id, reference, first_name, last_name, email, language, registered_at)
                        values (:complaintId, :reference, :firstName, :lastName, :email, :language, :registeredAt)
                        on conflict (complaint_id) do nothing""")
                .param("complaintId", recipient.complaintId())
                .param("reference", recipient.reference())
                .param("firstName", recipient.firstName())
                .param("lastName", recipient.lastName())
                .param("email", recipient.email())
                .param("language", recipient.language().code())
                .param("registeredAt", Timestamp.from(registeredAt))
                .update() == 1;
    }

    public Optional<Recipient> ofComplaint(UUID complaintId) {
        return jdbc.sql("""
                        select complaint_id, reference, first_name, last_name, email, language
                        from recipient where complaint_id = :complaintId""")
                .param("complaintId", complaintId)
                .query((row, i) -> new Recipient(
                        row.getObject("complaint_id", UUID.class),
                        row.getString("reference"),
                        row.getString("first_name"),
                        row.getString("last_name"),
                        row.getString("email"),
                        Language.fromCode(row.getString("language"))))
                .optional();
    }
}
