package be.partenamut.complaints.analytics.statistics;

import be.partenamut.complaints.analytics.config.AnalyticsProperties;
import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.contracts.events.ComplaintSlaBreached;
import be.partenamut.complaints.contracts.events.RecommendationIssued;
import be.partenamut.complaints.contracts.events.UnknownComplaintEvent;
import be.partenamut.complaints.support.messaging.ProcessedMessages;
import be.partenamut.complaints.support.messaging.UnprocessableMessageException;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Keeps the improvement figures: applies each complaint event to the complaint's row, reading only
 * what counts (status, channel, category, department, dates, outcome), never the member or any text.
 */
@Service
public class ComplaintFiguresProjection {

    static final String CONSUMER = "analytics";
    static final String APPLIED_METRIC = "complaints.analytics.events.applied";
    static final String REDELIVERED_METRIC = "complaints.analytics.events.redelivered";
    private static final Logger log = LoggerFactory.getLogger(ComplaintFiguresProjection.class);

    private final ComplaintFigures figures;
    private final ProcessedMessages processedMessages;
    private final AnalyticsProperties properties;
    private final MeterRegistry meters;

    public ComplaintFiguresProjection(ComplaintFigures figures, ProcessedMessages processedMessages,
                                      AnalyticsProperties properties, MeterRegistry meters) {
        this.figures = figures;
        this.processedMessages = processedMessages;
        this.properties = properties;
        this.meters = meters;
    }

    /**
     * Applies {@code event} once: its message id is recorded in the same transaction as its effect,
     * so a redelivered event is recognised and skipped, and a failed one leaves no trace.
     *
     * @throws UnprocessableMessageException when the event lacks what its effect needs
     */
    @Transactional
    public void apply(ComplaintEvent event) {
        if (event instanceof UnknownComplaintEvent) {
            log.info("Event {} of complaint {} is of a type this version does not know; skipped",
                    event.metadata().messageId(), event.complaintId());
            meters.counter("complaints.analytics.events.skipped", "type", "unknown").increment();
            return;
        }
        MessageMetadata metadata = event.metadata();
        if (!processedMessages.firstDelivery(metadata.messageId(), CONSUMER)) {
            log.info("{} {} of complaint {} already applied, redelivery skipped", event.type(),
                    metadata.messageId(), event.complaintId());
            meters.counter(REDELIVERED_METRIC, "type", event.type()).increment();
            return;
        }
        Instant at = metadata.occurredAt();
        Optional<ComplaintStatus> status = ComplaintStatusMapping.statusAfter(event);
        if (event instanceof ComplaintReceived received) {
            figures.received(received.complaintId(), received.file().channel(), received.file().category(),
                    receivedOn(received), at);
        } else if (event instanceof ComplaintRouted routed) {
            if (routed.department() == null || routed.department().isBlank()) {
                throw new UnprocessableMessageException("ComplaintRouted names no department");
            }
            figures.routed(routed.complaintId(), routed.department(), at);
        } else if (event instanceof RecommendationIssued recommendation) {
            if (recommendation.recommendationId() == null) {
                throw new UnprocessableMessageException("RecommendationIssued has no recommendationId");
            }
            figures.recommendation(recommendation.recommendationId(), recommendation.complaintId(),
                    recommendation.department(), at);
        } else if (event instanceof ComplaintEscalated) {
            figures.escalated(event.complaintId(), at);
        } else if (event instanceof ComplaintAnswered answered && answered.line() == AnsweringLine.COMPLAINTS_SERVICE) {
            figures.answeredWithOutcome(answered.complaintId(), status.orElseThrow(), answered.outcome(), at);
        } else if (event instanceof ComplaintSlaBreached breached) {
            figures.slaBreached(breached.complaintId(), breached.line(), breached.dueDate(), at);
        } else if (status.isPresent()) {
            figures.moved(event.complaintId(), status.get(), at);
        }
        // Other events (warnings, deliveries, erasures) change none of the figures: an erasure keeps the counts.
        countOnCommit(event.type());
        log.debug("{} of complaint {} applied", event.type(), event.complaintId());
    }

    /** The counter follows the figures: an event whose transaction rolls back was not applied. */
    private void countOnCommit(String type) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                meters.counter(APPLIED_METRIC, "type", type).increment();
            }
        });
    }

    private LocalDate receivedOn(ComplaintReceived received) {
        Instant instant = received.file().receivedAt() != null ? received.file().receivedAt()
                : received.metadata().occurredAt();
        return instant.atZone(properties.zone()).toLocalDate();
    }
}
