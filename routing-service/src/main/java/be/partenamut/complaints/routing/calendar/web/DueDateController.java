package be.partenamut.complaints.routing.calendar.web;

import be.partenamut.complaints.support.problem.FieldProblem;
import be.partenamut.complaints.workingdays.DueDate;
import be.partenamut.complaints.workingdays.PublicHoliday;
import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import be.partenamut.complaints.workingdays.WorkingDaysProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The working-day calendar, for anyone who states a due date (a channel's form, a letter template):
 * {@code GET /api/v1/calendar/due-date?from=2026-12-21T10:15:00%2B01:00&workingDays=21}. Public and
 * read-only: it holds no personal data.
 */
@RestController
@RequestMapping("/api/v1/calendar")
public class DueDateController {

    static final int MAX_WORKING_DAYS = 365;

    private final WorkingDayCalendar calendar;
    private final WorkingDaysProperties properties;

    public DueDateController(WorkingDayCalendar calendar, WorkingDaysProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    @GetMapping("/due-date")
    public DueDateAnswer dueDate(@RequestParam(required = false) String from,
                                 @RequestParam(required = false) String workingDays) {
        List<FieldProblem> problems = new ArrayList<>();
        OffsetDateTime receivedAt = parseFrom(from, problems);
        Integer days = parseWorkingDays(workingDays, problems);
        if (!problems.isEmpty()) {
            throw new InvalidCalendarQueryException(problems);
        }
        DueDate due = calendar.dueDate(receivedAt.toInstant(), days);
        return new DueDateAnswer(due.dueDate(), due.receivedOn(), due.workingDays(),
                properties.saturdaysAreWorkingDays(), calendar.zone().getId(),
                due.skippedHolidays().stream().map(SkippedHoliday::of).toList());
    }

    private static OffsetDateTime parseFrom(String from, List<FieldProblem> problems) {
        if (from == null || from.isBlank()) {
            problems.add(new FieldProblem("from", "is required: the moment of receipt, an ISO-8601 date-time"
                    + " with offset such as 2026-12-21T10:15:00+01:00"));
            return null;
        }
        try {
            return OffsetDateTime.parse(from.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("from", "'" + from + "' is not an ISO-8601 date-time with offset such as"
                    + " 2026-12-21T10:15:00+01:00 or 2026-12-21T09:15:00Z (in a URL, write + as %2B)"));
            return null;
        }
    }

    private static Integer parseWorkingDays(String workingDays, List<FieldProblem> problems) {
        if (workingDays == null || workingDays.isBlank()) {
            problems.add(new FieldProblem("workingDays", "is required: a number of working days from 0 to "
                    + MAX_WORKING_DAYS));
            return null;
        }
        try {
            int days = Integer.parseInt(workingDays.trim());
            if (days < 0 || days > MAX_WORKING_DAYS) {
                problems.add(new FieldProblem("workingDays", "must be between 0 and " + MAX_WORKING_DAYS
                        + ", not " + days));
                return null;
            }
            return days;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem("workingDays", "'" + workingDays + "' is not a whole number of working days"));
            return null;
        }
    }

    /**
     * @param dueDate         the last day of the period: the answer is due by the end of that day
     * @param receivedOn      the day of receipt in the calendar's zone, which the period does not count
     * @param skippedHolidays the public holidays and closure days within the period that did not count
     */
    public record DueDateAnswer(LocalDate dueDate, LocalDate receivedOn, int workingDays,
                                boolean saturdaysAreWorkingDays, String zone, List<SkippedHoliday> skippedHolidays) {
    }

    public record SkippedHoliday(LocalDate date, String code, String nameFr, String nameNl) {

        static SkippedHoliday of(PublicHoliday holiday) {
            return new SkippedHoliday(holiday.date(), holiday.code(), holiday.nameFr(), holiday.nameNl());
        }
    }
}
