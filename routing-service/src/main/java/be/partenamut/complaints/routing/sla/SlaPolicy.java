package be.partenamut.complaints.routing.sla;

import be.partenamut.complaints.workingdays.ServiceLevels;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When the SLA timers fire, in the working-day calendar of the {@code working-days} module
 * ({@code complaints.calendar.*}): due dates, the warning date, and the moment a day ends.
 */
@Component
public class SlaPolicy {

    private final ServiceLevels levels;

    public SlaPolicy(ServiceLevels levels) {
        this.levels = levels;
    }

    public ZoneId zone() {
        return levels.calendar().zone();
    }

    /** For events that do not carry it (older ones): the first line's due date from the receipt. */
    public LocalDate firstLineDueDate(Instant receivedAt) {
        return levels.firstLineDueDate(receivedAt).dueDate();
    }

    /** For events that do not carry it: the complaints service's due date from the escalation's receipt. */
    public LocalDate complaintsServiceDueDate(Instant escalationReceivedAt) {
        return levels.complaintsServiceDueDate(escalationReceivedAt).dueDate();
    }

    /**
     * The day at whose end staff are warned: {@code complaints.calendar.warning-working-days} working days
     * before the due date, so that this many working days remain when the warning comes. Empty when no
     * working day lies between (a warning of zero days would come with the breach).
     */
    public Optional<LocalDate> warningDate(LocalDate dueDate) {
        LocalDate warningDate = levels.warningDate(dueDate);
        return warningDate.isBefore(dueDate) ? Optional.of(warningDate) : Optional.empty();
    }

    /** A period ends at the end of its last day: the first instant of the next day, in Brussels. */
    public Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone()).toInstant();
    }
}
