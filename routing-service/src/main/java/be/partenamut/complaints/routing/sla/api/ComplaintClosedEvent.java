package be.partenamut.complaints.routing.sla.api;

import java.util.UUID;

/** Nothing remains to be done on the complaint (until the member escalates it, if ever). */
public record ComplaintClosedEvent(UUID complaintId) {
}
