package be.partenamut.complaints.workingdays;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Due dates checked by hand (and by an independent count) for 2026 to 2030. */
class WorkingDayCalendarTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private final WorkingDayCalendar withSaturdays = WorkingDayCalendar.belgian();
    private final WorkingDayCalendar mondayToFriday = new WorkingDayCalendar(BRUSSELS, false, Set.of());

    @Nested
    class PublicHolidays {

        @ParameterizedTest(name = "{0}: Easter Monday {1}, Ascension {2}, Whit Monday {3}")
        @CsvSource({
                "2026, 2026-04-06, 2026-05-14, 2026-05-25",
                "2027, 2027-03-29, 2027-05-06, 2027-05-17",
                "2028, 2028-04-17, 2028-05-25, 2028-06-05",
                "2029, 2029-04-02, 2029-05-10, 2029-05-21",
                "2030, 2030-04-22, 2030-05-30, 2030-06-10"})
        void placesTheEasterHolidaysOfEachYear(int year, LocalDate easterMonday, LocalDate ascension, LocalDate whitMonday) {
            assertThat(BelgianPublicHolidays.of(year))
                    .hasSize(10)
                    .extracting(PublicHoliday::date)
                    .contains(easterMonday, ascension, whitMonday,
                            LocalDate.of(year, 1, 1), LocalDate.of(year, 5, 1), LocalDate.of(year, 7, 21),
                            LocalDate.of(year, 8, 15), LocalDate.of(year, 11, 1), LocalDate.of(year, 11, 11),
                            LocalDate.of(year, 12, 25));
        }

        @Test
        void countsNeitherSundaysNorHolidaysButSaturdaysByDefault() {
            assertThat(withSaturdays.isWorkingDay(LocalDate.of(2026, 11, 28))).as("a Saturday").isTrue();
            assertThat(withSaturdays.isWorkingDay(LocalDate.of(2026, 11, 29))).as("a Sunday").isFalse();
            assertThat(withSaturdays.isWorkingDay(LocalDate.of(2026, 7, 21))).as("National Day").isFalse();
            assertThat(mondayToFriday.isWorkingDay(LocalDate.of(2026, 11, 28))).as("a Saturday, Civil Code").isFalse();
        }
    }

    @Nested
    class DueDates {

        @Test
        void receivedOnChristmasDayAcrossNewYear() {
            DueDate due = withSaturdays.dueDate(LocalDate.of(2026, 12, 25), 21);

            assertThat(due.dueDate()).isEqualTo(LocalDate.of(2027, 1, 20));
            assertThat(due.skippedHolidays()).extracting(PublicHoliday::code).containsExactly("NEW_YEAR");
            assertThat(mondayToFriday.dueDate(LocalDate.of(2026, 12, 25), 21).dueDate())
                    .isEqualTo(LocalDate.of(2027, 1, 26));
        }

        @Test
        void receivedOnASundayCountsFromTheMonday() {
            assertThat(withSaturdays.dueDate(LocalDate.of(2026, 3, 15), 21).dueDate()).isEqualTo(LocalDate.of(2026, 4, 9));
            assertThat(mondayToFriday.dueDate(LocalDate.of(2026, 3, 15), 21).dueDate())
                    .isEqualTo(LocalDate.of(2026, 4, 14));
        }

        @Test
        void lateOnAFridayEveningIsStillFridayInBrussels() {
            Instant fridayEvening = LocalDate.of(2026, 3, 13).atTime(23, 30).atZone(BRUSSELS).toInstant();
            Instant justAfterMidnight = LocalDate.of(2026, 3, 14).atTime(0, 30).atZone(BRUSSELS).toInstant();

            assertThat(fridayEvening).isEqualTo(Instant.parse("2026-03-13T22:30:00Z"));
            assertThat(withSaturdays.dueDate(fridayEvening, 21).dueDate()).isEqualTo(LocalDate.of(2026, 4, 8));
            assertThat(withSaturdays.dueDate(justAfterMidnight, 21).dueDate()).isEqualTo(LocalDate.of(2026, 4, 9));
            assertThat(mondayToFriday.dueDate(fridayEvening, 21).dueDate()).isEqualTo(LocalDate.of(2026, 4, 14));
        }

        @Test
        void aWindowHoldingEasterMondayAscensionAndWhitMonday() {
            DueDate due = mondayToFriday.dueDate(LocalDate.of(2026, 4, 1), 40);

            assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 6, 2));
            assertThat(due.skippedHolidays()).extracting(PublicHoliday::code)
                    .containsExactly("EASTER_MONDAY", "LABOUR_DAY", "ASCENSION", "WHIT_MONDAY");
            assertThat(withSaturdays.dueDate(LocalDate.of(2026, 4, 1), 40).dueDate()).isEqualTo(LocalDate.of(2026, 5, 21));
        }

        @ParameterizedTest(name = "received {0} + {1} working days = {2} (Saturdays) / {3} (Monday-Friday)")
        @CsvSource({
                "2027-12-30, 10, 2028-01-12, 2028-01-13",
                "2028-04-13, 21, 2028-05-10, 2028-05-16",
                "2029-05-01,  5, 2029-05-07, 2029-05-08",
                "2030-12-24, 21, 2031-01-20, 2031-01-24"})
        void handCheckedCases(LocalDate received, int workingDays, LocalDate withSaturdaysDue, LocalDate mondayToFridayDue) {
            assertThat(withSaturdays.dueDate(received, workingDays).dueDate()).isEqualTo(withSaturdaysDue);
            assertThat(mondayToFriday.dueDate(received, workingDays).dueDate()).isEqualTo(mondayToFridayDue);
        }

        @Test
        void skipsConfiguredClosureDays() {
            WorkingDayCalendar closedOnBoxingDay =
                    new WorkingDayCalendar(BRUSSELS, true, List.of(LocalDate.of(2026, 12, 26)));

            DueDate due = closedOnBoxingDay.dueDate(LocalDate.of(2026, 12, 24), 1);

            assertThat(due.dueDate()).isEqualTo(LocalDate.of(2026, 12, 28));
            assertThat(due.skippedHolidays()).extracting(PublicHoliday::code).containsExactly("CHRISTMAS", "CLOSURE_DAY");
        }

        @Test
        void warnsAFewWorkingDaysBeforeTheDueDate() {
            ServiceLevels levels = new ServiceLevels(withSaturdays, 10, 21, 3);

            assertThat(levels.warningDate(LocalDate.of(2027, 1, 5))).isEqualTo(LocalDate.of(2026, 12, 31));
            assertThat(levels.complaintsServiceDueDate(Instant.parse("2026-12-25T10:00:00Z")).dueDate())
                    .isEqualTo(LocalDate.of(2027, 1, 20));
        }
    }

    @Nested
    class Properties {

        private final Random random = new Random(20261126L);

        private LocalDate anyDay() {
            return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(5 * 365));
        }

        @RepeatedTest(200)
        void addingNThenMWorkingDaysIsAddingNPlusM() {
            LocalDate day = anyDay();
            int n = random.nextInt(40);
            int m = random.nextInt(40);
            for (WorkingDayCalendar calendar : List.of(withSaturdays, mondayToFriday)) {
                assertThat(calendar.addWorkingDays(calendar.addWorkingDays(day, n), m))
                        .isEqualTo(calendar.addWorkingDays(day, n + m));
            }
        }

        @RepeatedTest(200)
        void aDueDateIsAWorkingDayExactlyNWorkingDaysAfterReceipt() {
            LocalDate day = anyDay();
            int n = 1 + random.nextInt(40);
            for (WorkingDayCalendar calendar : List.of(withSaturdays, mondayToFriday)) {
                LocalDate due = calendar.addWorkingDays(day, n);
                assertThat(calendar.isWorkingDay(due)).isTrue();
                assertThat(calendar.workingDaysBetween(day, due)).isEqualTo(n);
                assertThat(calendar.minusWorkingDays(due, n)).isBeforeOrEqualTo(day);
            }
        }

        @RepeatedTest(50)
        void theTimeOfDayOfTheReceiptNeverMatters() {
            LocalDate day = anyDay();
            int n = random.nextInt(30);
            Instant morning = day.atTime(0, 1).atZone(BRUSSELS).toInstant();
            Instant night = day.atTime(23, 59).atZone(BRUSSELS).toInstant();

            assertThat(withSaturdays.dueDate(morning, n)).isEqualTo(withSaturdays.dueDate(night, n));
        }
    }
}
