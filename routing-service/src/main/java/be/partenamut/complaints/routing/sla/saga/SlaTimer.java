package be.partenamut.complaints.routing.sla.saga;

import be.partenamut.complaints.contracts.AnsweringLine;

import java.time.LocalDate;

/**
 * One line's period, as the saga keeps it.
 *
 * @param warningDeadline the warning's deadline id; null when none was scheduled
 * @param breachDeadline  the breach's deadline id
 * @param stopped         the line answered (or the complaint was closed, or escalated past it)
 * @param correlationId   of the event that started the period, carried into its warning and breach
 * @param causationId     that event's message id
 */
public record SlaTimer(AnsweringLine line, LocalDate dueDate, String warningDeadline, String breachDeadline,
                       boolean warned, boolean breached, boolean stopped, String correlationId,
                       String causationId) {

    /** Whether the line must still answer: warnings and breaches still apply. */
    boolean running() {
        return !stopped;
    }

    SlaTimer markWarned() {
        return new SlaTimer(line, dueDate, warningDeadline, breachDeadline, true, breached, stopped, correlationId,
                causationId);
    }

    SlaTimer markBreached() {
        return new SlaTimer(line, dueDate, warningDeadline, breachDeadline, warned, true, stopped, correlationId,
                causationId);
    }

    SlaTimer markStopped() {
        return new SlaTimer(line, dueDate, warningDeadline, breachDeadline, warned, breached, true, correlationId,
                causationId);
    }
}
