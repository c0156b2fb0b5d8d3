package be.partenamut.complaints.workingdays;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts periods in working days (jours ouvrables) the way Belgian law counts a period: the day of
 * receipt is not counted, and the period ends at the end of its last day. So the due date is the
 * Nth working day after the day of receipt, whatever the time or the kind of day of the receipt.
 * <p>
 * By default Saturdays are working days: that is what <i>jours ouvrables</i> means in social
 * security law, under which a mutual health insurer works. Sundays, the ten legal public holidays
 * and the configured closure days never are. Turning Saturdays off gives Monday to Friday, the
 * meaning the Civil Code gives the term since 2023.
 */
public class WorkingDayCalendar {

    private final ZoneId zone;
    private final boolean saturdaysAreWorkingDays;
    private final Map<LocalDate, PublicHoliday> closureDays;
    private final Map<Integer, Map<LocalDate, PublicHoliday>> holidaysByYear = new ConcurrentHashMap<>();

    public WorkingDayCalendar(ZoneId zone, boolean saturdaysAreWorkingDays, Collection<LocalDate> closureDays) {
        this.zone = zone;
        this.saturdaysAreWorkingDays = saturdaysAreWorkingDays;
        this.closureDays = new ConcurrentHashMap<>();
        for (LocalDate day : closureDays) {
            this.closureDays.put(day, new PublicHoliday(day, "CLOSURE_DAY", "Jour de fermeture", "Sluitingsdag"));
        }
    }

    /** Belgium's calendar with Saturdays as working days and no extra closure day. */
    public static WorkingDayCalendar belgian() {
        return new WorkingDayCalendar(ZoneId.of("Europe/Brussels"), true, Set.of());
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        if (dayOfWeek == DayOfWeek.SUNDAY || (dayOfWeek == DayOfWeek.SATURDAY && !saturdaysAreWorkingDays)) {
            return false;
        }
        return nonWorkingDay(day).isEmpty();
    }

    /** The holiday or closure day that {@code day} is, if any. */
    public Optional<PublicHoliday> nonWorkingDay(LocalDate day) {
        PublicHoliday holiday = holidaysOf(day.getYear()).get(day);
        return Optional.ofNullable(holiday != null ? holiday : closureDays.get(day));
    }

    /** The due date of a period of {@code workingDays} for something received at {@code receivedAt}. */
    public DueDate dueDate(Instant receivedAt, int workingDays) {
        return dueDate(receivedAt.atZone(zone).toLocalDate(), workingDays);
    }

    public DueDate dueDate(LocalDate receivedOn, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a period has at least 0 working days, not " + workingDays);
        }
        List<PublicHoliday> skipped = new ArrayList<>();
        LocalDate day = receivedOn;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            } else {
                nonWorkingDay(day).ifPresent(skipped::add);
            }
        }
        return new DueDate(day, receivedOn, workingDays, List.copyOf(skipped));
    }

    /** {@code day} plus {@code workingDays} working days (not counting {@code day} itself). */
    public LocalDate addWorkingDays(LocalDate day, int workingDays) {
        return dueDate(day, workingDays).dueDate();
    }

    /** The working day {@code workingDays} working days before {@code day}, e.g. when to warn before a due date. */
    public LocalDate minusWorkingDays(LocalDate day, int workingDays) {
        LocalDate result = day;
        int counted = 0;
        while (counted < workingDays) {
            result = result.minusDays(1);
            if (isWorkingDay(result)) {
                counted++;
            }
        }
        return result;
    }

    /** How many working days lie after {@code from}, up to and including {@code to} (0 if {@code to} is not after). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private Map<LocalDate, PublicHoliday> holidaysOf(int year) {
        return holidaysByYear.computeIfAbsent(year, y -> {
            Map<LocalDate, PublicHoliday> byDate = new ConcurrentHashMap<>();
            BelgianPublicHolidays.of(y).forEach(holiday -> byDate.put(holiday.date(), holiday));
            return byDate;
        });
    }
}
