package be.partenamut.complaints.office.privacy.retention;

import be.partenamut.complaints.contracts.ErasureCause;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.api.RecordPersonalDataErasureCommand;
import be.partenamut.complaints.office.complaint.command.ComplaintCommandSender;
import be.partenamut.complaints.personaldata.vault.KeyVault;
import be.partenamut.complaints.support.correlation.Correlation;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Storage limitation: the personal data of a complaint closed longer ago than the retention period
 * is shredded by destroying the complaint's key. The member's other complaints keep theirs. The
 * complaint records it as an event (actor {@value #ACTOR}); its facts remain for the figures.
 */
@Component
public class RetentionJob {

    static final String ACTOR = "retention";
    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final JdbcClient jdbc;
    private final KeyVault vault;
    private final ComplaintCommandSender commands;
    private final RetentionProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    public RetentionJob(JdbcClient jdbc, KeyVault vault, ComplaintCommandSender commands,
                        RetentionProperties properties, MeterRegistry meters, Clock clock) {
        this.jdbc = jdbc;
        this.vault = vault;
        this.commands = commands;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    /** @return the complaints whose personal data this run shredded */
    @Scheduled(fixedDelayString = "${complaints.retention.check-every}",
            initialDelayString = "${complaints.retention.check-every}")
    public List<UUID> shredExpired() {
        Instant cutoff = clock.instant().atZone(properties.zone()).minus(properties.personalDataAfterClosure()).toInstant();
        List<UUID> due = jdbc.sql("""
                        select complaint_id from complaint_closure
                        where closed_at < :cutoff and not personal_data_erased order by closed_at""")
                .param("cutoff", Timestamp.from(cutoff))
                .query(UUID.class)
                .list();
        for (UUID complaintId : due) {
            vault.expire(complaintId);
            commands.send(new RecordPersonalDataErasureCommand(ComplaintId.of(complaintId),
                    vault.complaintKey(complaintId).subjectId(), ErasureCause.RETENTION_EXPIRED),
                    ACTOR, Correlation.newId(), null);
            meters.counter("complaints.personal_data.expired").increment();
        }
        if (!due.isEmpty()) {
            log.info("Retention: personal data of {} complaints closed before {} shredded", due.size(), cutoff);
        }
        return due;
    }
}
