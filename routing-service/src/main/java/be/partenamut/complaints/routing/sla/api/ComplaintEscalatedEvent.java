package be.partenamut.complaints.routing.sla.api;

import java.time.LocalDate;
import java.util.UUID;

/** The complaints service took the complaint: its period runs until the end of {@code dueDate}. */
public record ComplaintEscalatedEvent(UUID complaintId, LocalDate dueDate, String correlationId,
                                      String causationId) {
}
