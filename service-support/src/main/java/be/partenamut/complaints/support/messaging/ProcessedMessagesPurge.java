package be.partenamut.complaints.support.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Instant;

/**
 * Deletes the records of processed messages once their messages can no longer come back (older than
 * {@link DeduplicationProperties#keepFor()}), so that the table does not grow for ever. One job for every
 * service, on its own database and clock.
 */
public class ProcessedMessagesPurge {

    private static final Logger log = LoggerFactory.getLogger(ProcessedMessagesPurge.class);

    private final ProcessedMessages processedMessages;
    private final DeduplicationProperties properties;
    private final Clock clock;

    public ProcessedMessagesPurge(ProcessedMessages processedMessages, DeduplicationProperties properties,
                                  Clock clock) {
        this.processedMessages = processedMessages;
        this.properties = properties;
        this.clock = clock;
    }

    /** A failed run (the database away) is retried at the next one: nothing is lost by waiting. */
    @Scheduled(fixedDelayString = "${complaints.messaging.deduplication.purge-every:PT1H}",
            initialDelayString = "${complaints.messaging.deduplication.purge-every:PT1H}")
    public void purgeOnSchedule() {
        try {
            purge();
        } catch (DataAccessException e) {
            log.warn("Purge of processed message ids failed, retried at the next run: {}", e.toString());
        }
    }

    /** @return how many records were deleted */
    public int purge() {
        Instant cutoff = clock.instant().minus(properties.keepFor());
        int deleted = processedMessages.forgetProcessedBefore(cutoff);
        if (deleted > 0) {
            log.info("Forgot {} processed message ids recorded before {}", deleted, cutoff);
        }
        return deleted;
    }
}
