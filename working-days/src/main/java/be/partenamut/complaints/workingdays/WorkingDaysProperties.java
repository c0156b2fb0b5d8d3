package be.partenamut.complaints.workingdays;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code complaints.calendar.*}: the calendar and the service levels counted in it. The defaults are the
 * platform's: every service reads the same unless a deployment overrides them for all alike.
 *
 * @param zone                      where days begin and end
 * @param saturdaysAreWorkingDays   true: jours ouvrables of social security law; false: Monday to Friday
 * @param closureDays               days the insurer is closed besides the legal holidays (e.g. 26 December)
 * @param firstLineWorkingDays      the first line's target: 10 working days, half the complaints
 *                                  service's period, for questions that are simpler by nature
 * @param complaintsServiceWorkingDays the policy's 21 working days
 * @param warningWorkingDays        how long before a due date staff are warned
 */
@ConfigurationProperties("complaints.calendar")
public record WorkingDaysProperties(ZoneId zone, Boolean saturdaysAreWorkingDays, List<LocalDate> closureDays,
                                    Integer firstLineWorkingDays, Integer complaintsServiceWorkingDays,
                                    Integer warningWorkingDays) {

    public WorkingDaysProperties {
        zone = zone == null ? ZoneId.of("Europe/Brussels") : zone;
        saturdaysAreWorkingDays = saturdaysAreWorkingDays == null || saturdaysAreWorkingDays;
        closureDays = closureDays == null ? List.of() : List.copyOf(closureDays);
        firstLineWorkingDays = firstLineWorkingDays == null ? 10 : firstLineWorkingDays;
        complaintsServiceWorkingDays = complaintsServiceWorkingDays == null ? 21 : complaintsServiceWorkingDays;
        warningWorkingDays = warningWorkingDays == null ? 3 : warningWorkingDays;
    }
}
