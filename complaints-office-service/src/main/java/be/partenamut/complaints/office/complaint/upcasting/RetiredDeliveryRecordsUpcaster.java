package be.partenamut.complaints.office.complaint.upcasting;

import org.axonframework.serialization.upcasting.event.EventMultiUpcaster;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.springframework.stereotype.Component;

import java.util.stream.Stream;

/**
 * Drops the {@code MessageDeliveryRecordedEvent}s stored before delivery statuses left the complaint's
 * events: the aggregate has no rule that reads them, the relay no longer publishes them, and their
 * history was copied to the delivery status projection by migration V3. The rows stay in the event
 * store, untouched; nothing reads them any more.
 * <p>
 * Dropping the last event of a complaint is safe: Axon takes the complaint's next sequence number
 * from the stored rows it read, not from the events left after upcasting (see
 * {@code EventStreamUtils.upcastAndDeserializeDomainEvents}), so the next event does not collide
 * with the dropped one. {@code RetiredDeliveryRecordsIT} proves it on PostgreSQL.
 */
@Component
public class RetiredDeliveryRecordsUpcaster extends EventMultiUpcaster {

    public static final String RETIRED_TYPE = "be.partenamut.complaints.office.complaint.api.MessageDeliveryRecordedEvent";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation intermediateRepresentation) {
        return RETIRED_TYPE.equals(intermediateRepresentation.getType().getName());
    }

    @Override
    protected Stream<IntermediateEventRepresentation> doUpcast(IntermediateEventRepresentation intermediateRepresentation) {
        return Stream.empty();
    }
}
