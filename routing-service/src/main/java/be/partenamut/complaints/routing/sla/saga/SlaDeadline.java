package be.partenamut.complaints.routing.sla.saga;

import be.partenamut.complaints.contracts.AnsweringLine;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.UUID;

/** The payload of a warning or breach deadline, as db-scheduler keeps it in {@code scheduled_tasks}. */
@Revision("1")
public record SlaDeadline(UUID complaintId, AnsweringLine line, LocalDate dueDate) {
}
