package be.partenamut.complaints.office.privacy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Records every display of personal data to staff, and lists them for an administrator. */
@Repository
public class PersonalDataAccessLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    public PersonalDataAccessLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(UUID complaintId, String accessedBy, AccessPurpose purpose) {
        jdbc.sql("""
                        insert into personal_data_access (access_id, complaint_id, accessed_by, accessed_at, purpose)
                        values (:id, :complaintId, :by, :at, :purpose)""")
                .param("id", UUID.randomUUID()).param("complaintId", complaintId).param("by", accessedBy)
                .param("at", Timestamp.from(clock.instant())).param("purpose", purpose.name())
                .update();
    }

    /** Most recent first; either filter may be null. */
    public List<PersonalDataAccess> find(UUID complaintId, String accessedBy, int limit) {
        return jdbc.sql("""
                        select access_id, complaint_id, accessed_by, accessed_at, purpose from personal_data_access
                        where (cast(:complaintId as uuid) is null or complaint_id = :complaintId)
                          and (cast(:by as varchar) is null or accessed_by = :by)
                        order by accessed_at desc limit :limit""")
                .param("complaintId", complaintId).param("by", accessedBy).param("limit", limit)
                .query((row, i) -> new PersonalDataAccess(row.getObject("access_id", UUID.class),
                        row.getObject("complaint_id", UUID.class), row.getString("accessed_by"),
                        row.getTimestamp("accessed_at").toInstant(), AccessPurpose.valueOf(row.getString("purpose"))))
                .list();
    }
}
