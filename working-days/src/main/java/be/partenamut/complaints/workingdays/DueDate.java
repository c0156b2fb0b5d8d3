package be.partenamut.complaints.workingdays;

import java.time.LocalDate;
import java.util.List;

/**
 * The end of a period counted in working days, and why it ends there.
 *
 * @param dueDate         the last day of the period: the answer is due by the end of that day
 * @param receivedOn      the day of receipt, which the period does not count
 * @param skippedHolidays the public holidays and closure days within the period that did not count
 */
public record DueDate(LocalDate dueDate, LocalDate receivedOn, int workingDays, List<PublicHoliday> skippedHolidays) {
}
