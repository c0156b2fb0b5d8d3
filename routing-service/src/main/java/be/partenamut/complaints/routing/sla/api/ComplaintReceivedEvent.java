package be.partenamut.complaints.routing.sla.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A complaint was received: the first line's period runs until the end of {@code dueDate}.
 * Published on Axon's event bus by the Kafka consumer; never stored.
 *
 * @param department    the department the routing rules assigned it to
 * @param correlationId of the Kafka event, carried into the SLA messages the timer raises
 * @param causationId   the Kafka event's message id
 */
public record ComplaintReceivedEvent(UUID complaintId, String department, LocalDate dueDate, String correlationId,
                                     String causationId) {
}
