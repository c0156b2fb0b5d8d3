package be.partenamut.complaints.office.complaint.messaging;

import be.partenamut.complaints.office.complaint.upcasting.RetiredDeliveryRecordsUpcaster;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the relay to Kafka is behind the event store: {@value #LAG} counts the events stored but not
 * yet published, {@value #OLDEST} is how long the oldest of them has waited (0 when none). The relay's
 * position is read from the token store, as every instance sees it, without claiming it; it moves only
 * once Kafka acknowledged. Events beyond it count, and so do holes below it that have filled since (a
 * late commit the relay will still publish); holes still empty do not, nothing is stored there. Nor do
 * retired events the relay drops (see {@link RetiredDeliveryRecordsUpcaster}): a trailing one would
 * otherwise count as waiting until the next event moves the relay past it.
 *
 * <p>Measured on a schedule rather than on each scrape, so a scrape never waits for the database.
 */
@Component
public class RelayLag {

    public static final String LAG = "complaints.relay.lag";
    public static final String OLDEST = "complaints.relay.oldest.unpublished";
    private static final Logger log = LoggerFactory.getLogger(RelayLag.class);

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final AtomicLong lag = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();

    public RelayLag(JdbcClient jdbc, Serializer serializer, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        Gauge.builder(LAG, lag, AtomicLong::get)
                .description("Events in the office's event store not yet published on Kafka")
                .register(meters);
        Gauge.builder(OLDEST, oldestSeconds, AtomicLong::get)
                .description("How long the oldest event not yet published on Kafka has waited")
                .baseUnit("seconds").register(meters);
    }

    @Scheduled(fixedDelayString = "${complaints.relay.lag-sampling}")
    public void measure() {
        try {
            GapAwareTrackingToken position = position();
            String beyond = position == null ? "true" : "(global_index > :index"
                    + (position.getGaps().isEmpty() ? "" : " or global_index in (:gaps)") + ")";
            JdbcClient.StatementSpec query = jdbc.sql("""
                    select count(*) as waiting,
                           coalesce(floor(extract(epoch from clock_timestamp() - min(cast(time_stamp as timestamptz)))), 0)
                               as oldest
                    from domain_event_entry where payload_type <> :retired and""" + " " + beyond)
                    .param("retired", RetiredDeliveryRecordsUpcaster.RETIRED_TYPE);
            if (position != null) {
                query = query.param("index", position.getIndex());
                SortedSet<Long> gaps = position.getGaps();
                if (!gaps.isEmpty()) {
                    query = query.param("gaps", List.copyOf(gaps));
                }
            }
            Map<String, Object> row = query.query().singleRow();
            lag.set(((Number) row.get("waiting")).longValue());
            oldestSeconds.set(Math.max(0, ((Number) row.get("oldest")).longValue()));
        } catch (RuntimeException e) {
            // The figures keep their last value; the database's own health and alerts tell it is away.
            log.warn("Could not measure the relay's lag: {}", e.toString());
        }
    }

    /** The relay's position as stored (null before it handled anything: every stored event waits). */
    private GapAwareTrackingToken position() {
        List<Map<String, Object>> rows = jdbc.sql("""
                        select token, token_type from token_entry
                        where processor_name = :processor and token is not null order by segment""")
                .param("processor", ComplaintEventPublisher.PROCESSING_GROUP)
                .query().listOfRows();
        if (rows.isEmpty()) {
            return null;
        }
        // The relay runs one segment, so that events are published in the order they were stored.
        Map<String, Object> row = rows.get(0);
        TrackingToken token = serializer.deserialize(new SimpleSerializedObject<>(
                (byte[]) row.get("token"), byte[].class, (String) row.get("token_type"), null));
        TrackingToken lowerBound = WrappedToken.unwrapLowerBound(token);
        return lowerBound instanceof GapAwareTrackingToken gapAware ? gapAware : null;
    }
}
