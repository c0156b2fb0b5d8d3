package be.partenamut.complaints.support.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How long a consumer remembers the messages it processed ({@code complaints.messaging.deduplication.*}).
 * <p>
 * A message can come back as long as it is on its topic: Kafka redelivers it after a rebalance, and an
 * operator may rewind a consumer group to the start of a topic. A record of its id must therefore outlive
 * the message on the topic. A record is written when the message is processed, never before it was
 * appended to the topic, so a record older than the topics' retention belongs to a message already gone.
 *
 * @param topicRetention how long a message stays at most on the topics the service reads: the broker's
 *                       retention ({@code log.retention.hours}, 7 days in the local stack and compose) plus
 *                       the time a log segment stays open before retention can delete it
 *                       ({@code log.roll.hours}, 1 day there): {@code P8D} by default
 * @param keepFor        how long a processed message id is kept; by default the topics' retention plus
 *                       7 days (for a broker that deletes late, or a clock that differs); it must be longer
 *                       than {@code topicRetention}, or the service refuses to start
 * @param purgeEvery     how often the records older than {@code keepFor} are deleted ({@code PT1H})
 */
@ConfigurationProperties("complaints.messaging.deduplication")
public record DeduplicationProperties(Duration topicRetention, Duration keepFor, Duration purgeEvery) {

    static final Duration DEFAULT_TOPIC_RETENTION = Duration.ofDays(8);
    static final Duration MARGIN = Duration.ofDays(7);

    public DeduplicationProperties {
        topicRetention = topicRetention != null ? topicRetention : DEFAULT_TOPIC_RETENTION;
        keepFor = keepFor != null ? keepFor : topicRetention.plus(MARGIN);
        purgeEvery = purgeEvery != null ? purgeEvery : Duration.ofHours(1);
        if (keepFor.compareTo(topicRetention) <= 0) {
            throw new IllegalArgumentException("complaints.messaging.deduplication.keep-for (" + keepFor
                    + ") must be longer than the topics' retention, complaints.messaging.deduplication.topic-retention ("
                    + topicRetention + "): a message still on its topic would be processed again");
        }
        if (purgeEvery.isNegative() || purgeEvery.isZero()) {
            throw new IllegalArgumentException("complaints.messaging.deduplication.purge-every must be positive");
        }
    }
}
