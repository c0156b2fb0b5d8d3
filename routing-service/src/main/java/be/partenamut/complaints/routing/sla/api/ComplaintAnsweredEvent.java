package be.partenamut.complaints.routing.sla.api;

import be.partenamut.complaints.contracts.AnsweringLine;

import java.util.UUID;

/** {@code line} answered the member: its period is over. */
public record ComplaintAnsweredEvent(UUID complaintId, AnsweringLine line) {
}
