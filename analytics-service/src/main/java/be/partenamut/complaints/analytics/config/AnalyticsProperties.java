package be.partenamut.complaints.analytics.config;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;

/**
 * @param zone the time zone in which a complaint's reception instant becomes its received date, the
 *             date analysts filter on: a complaint received at 23:30 in Brussels counts for that day
 */
@Validated
@ConfigurationProperties("complaints.analytics")
public record AnalyticsProperties(@NotNull ZoneId zone) {
}
