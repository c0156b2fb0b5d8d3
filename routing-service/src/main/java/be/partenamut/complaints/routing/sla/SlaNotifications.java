package be.partenamut.complaints.routing.sla;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.routing.SlaBreached;
import be.partenamut.complaints.contracts.routing.SlaWarned;
import be.partenamut.complaints.routing.assignment.messaging.RoutingPublisher;
import be.partenamut.complaints.support.correlation.Correlation;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What the SLA timers do besides keeping time: record each line's state in {@code sla_status}, tell
 * the complaints office of warnings and breaches on {@code complaints.routing.v1}, and count them.
 * <p>
 * A warning's or breach's message id derives from the complaint, the line and the kind, so a
 * deadline that fires again (after a crash between publishing and recording) publishes the very same
 * message, which the office recognises: it is recorded once.
 */
@Component
public class SlaNotifications {

    private static final Logger log = LoggerFactory.getLogger(SlaNotifications.class);

    private final SlaStatuses statuses;
    private final RoutingPublisher publisher;
    private final MeterRegistry meters;
    private final Clock clock;

    public SlaNotifications(SlaStatuses statuses, RoutingPublisher publisher, MeterRegistry meters, Clock clock) {
        this.statuses = statuses;
        this.publisher = publisher;
        this.meters = meters;
        this.clock = clock;
    }

    public void started(UUID complaintId, AnsweringLine line, String department, LocalDate dueDate) {
        statuses.open(complaintId, line, department, dueDate, clock.instant());
        log.info("Complaint {}: {} due by the end of {}", complaintId, line, dueDate);
    }

    public void stopped(UUID complaintId, AnsweringLine line) {
        statuses.close(complaintId, line, clock.instant());
        log.info("Complaint {}: {} timer stopped", complaintId, line);
    }

    public void warn(UUID complaintId, AnsweringLine line, LocalDate dueDate, String correlationId,
                     String causationId) {
        try (Correlation.Scope scope = Correlation.open(correlationId)) {
            String department = statuses.mark(complaintId, line, SlaState.WARNED, clock.instant()).orElse(null);
            // The id is still derived from the message's former name: a warning keeps the id it had before the rename.
            publisher.publish(new SlaWarned(
                    metadata("SlaWarningRaised", complaintId, line, correlationId, causationId), line, dueDate));
            if (department != null) {
                afterCommit(() -> meters.counter("complaints.sla.warnings", "line", line.name(),
                        "department", department).increment());
            }
            log.info("Complaint {}: {} warned, due by the end of {}", complaintId, line, dueDate);
        }
    }

    public void breach(UUID complaintId, AnsweringLine line, LocalDate dueDate, String correlationId,
                       String causationId) {
        try (Correlation.Scope scope = Correlation.open(correlationId)) {
            String department = statuses.mark(complaintId, line, SlaState.BREACHED, clock.instant()).orElse(null);
            publisher.publish(new SlaBreached(
                    metadata("SlaBreached", complaintId, line, correlationId, causationId), line, dueDate));
            if (department != null) {
                afterCommit(() -> meters.counter(SlaMetrics.BREACHES, "line", line.name(),
                        "department", department).increment());
            }
            log.warn("Complaint {}: {} breached, it was due by the end of {}", complaintId, line, dueDate);
        }
    }

    /** The id of the one warning (or breach) of one line of one complaint. */
    public static UUID messageId(String kind, UUID complaintId, AnsweringLine line) {
        return UUID.nameUUIDFromBytes((kind + ":" + complaintId + ":" + line).getBytes(StandardCharsets.UTF_8));
    }

    private MessageMetadata metadata(String kind, UUID complaintId, AnsweringLine line, String correlationId,
                                     String causationId) {
        return MessageMetadata.of(messageId(kind, complaintId, line), complaintId, clock.instant(),
                correlationId != null ? correlationId : Correlation.newId(), causationId);
    }

    /** Counters count what was committed, not an attempt that was rolled back and will be retried. */
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
