package be.partenamut.complaints.office.privacy.retention;

import be.partenamut.complaints.office.complaint.api.ComplaintClosedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintEscalatedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintReceivedEvent;
import be.partenamut.complaints.office.complaint.api.PersonalDataErasedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** When each complaint was closed: what the retention job counts from. */
@Component
@ProcessingGroup(ClosureProjection.PROCESSING_GROUP)
public class ClosureProjection {

    public static final String PROCESSING_GROUP = "complaint-closure";

    private final JdbcClient jdbc;

    public ClosureProjection(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ComplaintReceivedEvent event) {
        jdbc.sql("insert into complaint_closure (complaint_id) values (:id) on conflict do nothing")
                .param("id", event.complaintId().value())
                .update();
    }

    @EventHandler
    void on(ComplaintClosedEvent event, @Timestamp Instant closedAt) {
        jdbc.sql("update complaint_closure set closed_at = :closedAt where complaint_id = :id")
                .param("closedAt", java.sql.Timestamp.from(closedAt)).param("id", event.complaintId().value())
                .update();
    }

    /** An escalation after a first-line closure reopens the complaint: the period starts again at its next closure. */
    @EventHandler
    void on(ComplaintEscalatedEvent event) {
        jdbc.sql("update complaint_closure set closed_at = null where complaint_id = :id")
                .param("id", event.complaintId().value())
                .update();
    }

    @EventHandler
    void on(PersonalDataErasedEvent event) {
        jdbc.sql("update complaint_closure set personal_data_erased = true where complaint_id = :id")
                .param("id", event.complaintId().value())
                .update();
    }
}
