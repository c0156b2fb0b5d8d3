package be.partenamut.complaints.workingdays;


import java.time.Instant;
import java.time.LocalDate;

/**
 * The periods the platform promises, counted in working days:
 * <ul>
 *   <li>the complaints service communicates its result within {@code complaintsServiceWorkingDays}
 *       (21 by the insurer's policy) of receiving the escalation;</li>
 *   <li>the first line answers within {@code firstLineWorkingDays};</li>
 *   <li>staff are warned {@code warningWorkingDays} before a due date.</li>
 * </ul>
 * Every service that states a due date (intake on its form, the office for escalations staff
 * register, routing for its timers) uses the same definition.
 */
public record ServiceLevels(WorkingDayCalendar calendar, int firstLineWorkingDays, int complaintsServiceWorkingDays,
                            int warningWorkingDays) {

    public DueDate firstLineDueDate(Instant receivedAt) {
        return calendar.dueDate(receivedAt, firstLineWorkingDays);
    }

    public DueDate complaintsServiceDueDate(Instant escalationReceivedAt) {
        return calendar.dueDate(escalationReceivedAt, complaintsServiceWorkingDays);
    }

    /** The working day at whose end staff are warned of {@code dueDate}: then the warning period remains. */
    public LocalDate warningDate(LocalDate dueDate) {
        return calendar.minusWorkingDays(dueDate, warningWorkingDays);
    }
}
