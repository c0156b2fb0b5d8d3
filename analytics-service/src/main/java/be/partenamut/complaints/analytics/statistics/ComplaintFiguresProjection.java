package be.partenamut.complaints.analytics.statistics;

import be.partenamut.complaints.analytics.config.AnalyticsProperties;
import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintClosed;
import be.partenamut.complaints.contracts.events.ComplaintDeclined;
import be.partenamut.complaints.contracts.events.InterimMessageRecorded;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintInstructed;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.contracts.events.PersonalDataErased;
import be.partenamut.complaints.contracts.events.DepartmentInputGiven;
import be.partenamut.complaints.contracts.events.DepartmentInputRequested;
import be.partenamut.complaints.contracts.events.RecommendationIssued;
import be.partenamut.complaints.contracts.events.RecommendationAccepted;
import be.partenamut.complaints.contracts.events.RecommendationImplemented;
import be.partenamut.complaints.contracts.events.RecommendationRejected;
import be.partenamut.complaints.contracts.events.SlaBreached;
import be.partenamut.complaints.contracts.events.SlaWarned;
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
import java.util.UUID;

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
        Change change = event.accept(new Changes());
        if (change == null) {
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
        Optional<ComplaintStatus> status = statusAfter(event);
        change.apply(at, status);
        countOnCommit(event.type());
        log.debug("{} of complaint {} applied", event.type(), event.complaintId());
    }

    /** The contract's rule; an answer that names no line breaks the contract, and no retry mends that. */
    private static Optional<ComplaintStatus> statusAfter(ComplaintEvent event) {
        try {
            return ComplaintStatus.reachedBy(event);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableMessageException(e.getMessage());
        }
    }

    /** What an event changes in the figures, once it is known to be its first delivery. */
    @FunctionalInterface
    private interface Change {

        /** @param status the status the event leads to, empty when it does not move the complaint */
        void apply(Instant at, Optional<ComplaintStatus> status);
    }

    /** The change each event makes; null for a type this version does not know, which is skipped. */
    private final class Changes implements ComplaintEvent.Visitor<Change> {

        /** The event counts as applied, and changes none of the figures. */
        private static final Change NONE = (at, status) -> {
        };

        @Override
        public Change visit(ComplaintReceived received) {
            return (at, status) -> figures.received(received.complaintId(), received.file().kind(), received.file().channel(),
                    received.file().category(),
                    receivedOn(received), at);
        }

        @Override
        public Change visit(ComplaintRouted routed) {
            return (at, status) -> {
                if (routed.department() == null || routed.department().isBlank()) {
                    throw new UnprocessableMessageException("ComplaintRouted names no department");
                }
                figures.routed(routed.complaintId(), routed.department(), at);
            };
        }

        @Override
        public Change visit(RecommendationIssued recommendation) {
            return (at, status) -> {
                if (recommendation.recommendationId() == null) {
                    throw new UnprocessableMessageException("RecommendationIssued has no recommendationId");
                }
                figures.recommendation(recommendation.recommendationId(), recommendation.complaintId(),
                        recommendation.department(), at);
            };
        }

        @Override
        public Change visit(RecommendationAccepted accepted) {
            return (at, status) -> figures.recommendationAccepted(recommendationIdOf(accepted.recommendationId(),
                    accepted), accepted.complaintId(), accepted.department(), at);
        }

        @Override
        public Change visit(RecommendationRejected rejected) {
            return (at, status) -> figures.recommendationRejected(recommendationIdOf(rejected.recommendationId(),
                    rejected), rejected.complaintId(), rejected.department(), at);
        }

        @Override
        public Change visit(RecommendationImplemented implemented) {
            return (at, status) -> {
                if (implemented.implementedOn() == null) {
                    throw new UnprocessableMessageException("RecommendationImplemented has no implementedOn");
                }
                figures.recommendationImplemented(recommendationIdOf(implemented.recommendationId(), implemented),
                        implemented.complaintId(), implemented.department(), implemented.implementedOn());
            };
        }

        private UUID recommendationIdOf(UUID id, ComplaintEvent event) {
            if (id == null) {
                throw new UnprocessableMessageException(event.type() + " has no recommendationId");
            }
            return id;
        }

        @Override
        public Change visit(ComplaintEscalated escalated) {
            return (at, status) -> figures.escalated(escalated.complaintId(), at);
        }

        @Override
        public Change visit(ComplaintAnswered answered) {
            if (answered.line() == AnsweringLine.COMPLAINTS_SERVICE) {
                return (at, status) -> figures.answeredWithOutcome(answered.complaintId(), status.orElseThrow(),
                        answered.outcome(), at);
            }
            return moved(answered);
        }

        @Override
        public Change visit(SlaBreached breached) {
            return (at, status) -> figures.slaBreached(breached.complaintId(), breached.line(), breached.dueDate(), at);
        }

        @Override
        public Change visit(ComplaintAcknowledged acknowledged) {
            return moved(acknowledged);
        }

        @Override
        public Change visit(ComplaintInstructed instructed) {
            return moved(instructed);
        }

        @Override
        public Change visit(ComplaintClosed closed) {
            return moved(closed);
        }

        @Override
        public Change visit(SlaWarned warned) {
            return NONE; // only breaches are counted
        }


        @Override
        public Change visit(DepartmentInputRequested requested) {
            return NONE; // a step of the instruction, not counted among the figures
        }

        @Override
        public Change visit(DepartmentInputGiven given) {
            return NONE; // a step of the instruction, not counted among the figures
        }

        @Override
        public Change visit(PersonalDataErased erased) {
            return NONE; // the figures hold nothing personal, and an erasure keeps the counts
        }

        @Override
        public Change visit(ComplaintDeclined declined) {
            return (at, status) -> {
                if (declined.reason() == null) {
                    throw new UnprocessableMessageException("ComplaintDeclined names no reason");
                }
                figures.declinedByOfficer(declined.complaintId(), declined.reason(), at);
            };
        }

        @Override
        public Change visit(InterimMessageRecorded interim) {
            return (at, status) -> figures.interimMessage(interim.complaintId(), at);
        }

        @Override
        public Change visit(UnknownComplaintEvent unknown) {
            return null;
        }

        /** The complaint moves to the status the event leads to. */
        private Change moved(ComplaintEvent event) {
            return (at, status) -> figures.moved(event.complaintId(), status.orElseThrow(), at);
        }
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
