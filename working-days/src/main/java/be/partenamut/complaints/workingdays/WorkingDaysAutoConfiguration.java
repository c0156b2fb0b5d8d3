package be.partenamut.complaints.workingdays;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The calendar and service levels, for every service that depends on this module. */
@AutoConfiguration
@EnableConfigurationProperties(WorkingDaysProperties.class)
public class WorkingDaysAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    WorkingDayCalendar workingDayCalendar(WorkingDaysProperties properties) {
        return new WorkingDayCalendar(properties.zone(), properties.saturdaysAreWorkingDays(), properties.closureDays());
    }

    @Bean
    @ConditionalOnMissingBean
    ServiceLevels serviceLevels(WorkingDayCalendar calendar, WorkingDaysProperties properties) {
        return new ServiceLevels(calendar, properties.firstLineWorkingDays(), properties.complaintsServiceWorkingDays(),
                properties.warningWorkingDays());
    }
}
