package be.partenamut.complaints.routing.sla;

import be.partenamut.complaints.workingdays.ServiceLevels;
import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SlaPolicyTest {

    private final SlaPolicy policy = new SlaPolicy(new ServiceLevels(WorkingDayCalendar.belgian(), 10, 21, 3));

    @Test
    void aPeriodEndsAtMidnightInBrusselsAtTheEndOfItsLastDay() {
        assertThat(policy.endOf(LocalDate.parse("2026-12-15"))).isEqualTo(Instant.parse("2026-12-15T23:00:00Z"));
        assertThat(policy.endOf(LocalDate.parse("2026-07-15"))).isEqualTo(Instant.parse("2026-07-15T22:00:00Z"));
    }

    @Test
    void theEndOfADayFollowsTheChangesOfSummerTime() {
        // Summer time starts on Sunday 29 March 2026 and ends on Sunday 25 October 2026.
        assertThat(policy.endOf(LocalDate.parse("2026-03-28"))).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
        assertThat(policy.endOf(LocalDate.parse("2026-03-29"))).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
        assertThat(policy.endOf(LocalDate.parse("2026-10-24"))).isEqualTo(Instant.parse("2026-10-24T22:00:00Z"));
        assertThat(policy.endOf(LocalDate.parse("2026-10-25"))).isEqualTo(Instant.parse("2026-10-25T23:00:00Z"));
    }

    @Test
    void warnsWhenThreeWorkingDaysRemainSkippingSundaysAndHolidays() {
        // Due Tuesday 15 December: Monday 14, Saturday 12 and Friday 11 count; warned at the end of Friday 11.
        assertThat(policy.warningDate(LocalDate.parse("2026-12-15"))).contains(LocalDate.parse("2026-12-11"));
        // Due Thursday 12 November: Wednesday 11 is Armistice, Sunday 8 is not a working day.
        assertThat(policy.warningDate(LocalDate.parse("2026-11-12"))).contains(LocalDate.parse("2026-11-07"));
    }

    @Test
    void noWarningWhenNoWorkingDayIsLeftForIt() {
        SlaPolicy noWarning = new SlaPolicy(new ServiceLevels(WorkingDayCalendar.belgian(), 10, 21, 0));

        assertThat(noWarning.warningDate(LocalDate.parse("2026-12-15"))).isEmpty();
    }

    @Test
    void computesTheDueDatesOfOlderEventsThatDoNotCarryThem() {
        // Received on Tuesday 1 December 2026 (in Brussels): 10 and 21 working days, Saturdays included.
        Instant receivedAt = Instant.parse("2026-12-01T09:00:00Z");

        assertThat(policy.firstLineDueDate(receivedAt)).isEqualTo(LocalDate.parse("2026-12-12"));
        assertThat(policy.complaintsServiceDueDate(receivedAt)).isEqualTo(LocalDate.parse("2026-12-26"));
    }
}
