package be.partenamut.complaints.analytics.statistics;

import be.partenamut.complaints.analytics.config.AnalyticsProperties;
import be.partenamut.complaints.contracts.submissions.SubmissionDeclined;
import be.partenamut.complaints.support.messaging.ProcessedMessages;
import be.partenamut.complaints.support.messaging.UnprocessableMessageException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts each declined submission once, by why the policy does not handle it. */
@Service
public class DeclinedSubmissionsProjection {

    static final String CONSUMER = "analytics-declined";

    private final ComplaintFigures figures;
    private final ProcessedMessages processedMessages;
    private final AnalyticsProperties properties;

    public DeclinedSubmissionsProjection(ComplaintFigures figures, ProcessedMessages processedMessages,
                                         AnalyticsProperties properties) {
        this.figures = figures;
        this.processedMessages = processedMessages;
        this.properties = properties;
    }

    @Transactional
    public void apply(SubmissionDeclined declined) {
        if (declined.reason() == null) {
            throw new UnprocessableMessageException("SubmissionDeclined names no reason");
        }
        if (!processedMessages.firstDelivery(declined.metadata().messageId(), CONSUMER)) {
            return;
        }
        figures.declined(declined.metadata().complaintId(), declined.channel(), declined.category(),
                declined.language(), declined.reason(),
                declined.metadata().occurredAt().atZone(properties.zone()).toLocalDate());
    }
}
