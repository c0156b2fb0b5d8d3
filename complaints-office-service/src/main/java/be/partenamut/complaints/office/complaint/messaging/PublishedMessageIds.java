package be.partenamut.complaints.office.complaint.messaging;

import be.partenamut.complaints.contracts.Topics;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the relay knows of the message ids {@value Topics#EVENTS} already holds: every id on the topic with a
 * time from {@code knownSince} on (null: nothing known yet). It learns them from the topic itself
 * ({@link EventsTopicTail}) and from its own acknowledged sends, and relies on being the topic's only writer.
 *
 * <p>A copy of an event can only be on the topic from the moment the event was stored on (less the clocks'
 * possible difference between the instance that stored it and the one that relays it, {@code clock-skew}):
 * the relay sends only what is stored. So whether an event is there is answered from memory when its
 * stored time lies within what is known, and otherwise by reading the topic from that time to its end,
 * which then becomes what is known. After a restart that is the first event after the stored position:
 * the window is what was published since it was stored, normally a handful of records.
 *
 * <p>What is known is forgotten, and read again from the topic, whenever the relay may have missed a write:
 * a send that failed (Kafka may still have written it) and any event that does not directly follow the
 * last one handled here (the processor started again from a stored or reset position, or another instance
 * held the relay's claim meanwhile). The same event handled again after its transaction rolled back does
 * follow: that is the repeat memory alone must catch. At most {@code remembered-messages} ids are kept;
 * beyond, the older half is dropped and {@code knownSince} moves past it.
 */
@Component
public class PublishedMessageIds {

    private final EventsTopicTail topic;
    private final Duration clockSkew;
    private final int capacity;
    private final Map<String, Instant> known = new HashMap<>();
    private Instant knownSince;
    private TrackingToken lastHandled;

    public PublishedMessageIds(EventsTopicTail topic,
                               @Value("${complaints.relay.clock-skew}") Duration clockSkew,
                               @Value("${complaints.relay.remembered-messages}") int capacity) {
        this.topic = topic;
        this.clockSkew = clockSkew;
        this.capacity = capacity;
    }

    /**
     * Whether the event stored at {@code storedAt}, at {@code position} in the event store, is already on the
     * topic. Reads the topic when memory cannot tell; fails when Kafka does not answer.
     */
    public synchronized boolean contains(String messageId, Instant storedAt, TrackingToken position) {
        if (!follows(position)) {
            forget();
        }
        lastHandled = null;
        Instant earliestCopy = storedAt.minus(clockSkew);
        if (knownSince == null || earliestCopy.isBefore(knownSince)) {
            Map<String, Instant> onTopic = new HashMap<>();
            topic.readSince(earliestCopy, onTopic::put);
            known.clear();
            known.putAll(onTopic);
            knownSince = earliestCopy;
        }
        return known.containsKey(messageId);
    }

    /** The event at {@code position} was already on the topic; the relay goes on from it. */
    public synchronized void skipped(TrackingToken position) {
        lastHandled = position;
    }

    /**
     * Kafka acknowledged {@code messageId} by {@code acknowledgedAt} (on this instance's clock, the one the
     * producer stamps records with, so the record's time is no later).
     */
    public synchronized void sent(String messageId, Instant acknowledgedAt, TrackingToken position) {
        known.put(messageId, acknowledgedAt);
        lastHandled = position;
        if (known.size() > capacity) {
            List<Instant> times = known.values().stream().sorted().toList();
            Instant cutoff = times.get(times.size() / 2);
            known.values().removeIf(time -> !time.isAfter(cutoff));
            knownSince = cutoff.plusNanos(1);
        }
    }

    /** A write may have happened that this memory does not hold: the topic is read again. */
    public synchronized void forget() {
        known.clear();
        knownSince = null;
        lastHandled = null;
    }

    /**
     * Whether {@code position} is the event handled last (handled again after a rollback) or the next one the
     * event store holds after it: every index between them is still a hole. Anything else is a new start.
     */
    private boolean follows(TrackingToken position) {
        if (lastHandled == null || position == null) {
            return false;
        }
        if (position.equals(lastHandled)) {
            return true;
        }
        TrackingToken previous = WrappedToken.unwrapLowerBound(lastHandled);
        TrackingToken current = WrappedToken.unwrapLowerBound(position);
        if (previous instanceof GapAwareTrackingToken before && current instanceof GapAwareTrackingToken now) {
            try {
                return before.advanceTo(now.getIndex(), Integer.MAX_VALUE).equals(now);
            } catch (IllegalArgumentException alreadyCovered) {
                return false;
            }
        }
        return false;
    }
}
