package be.partenamut.complaints.office.pages.figures;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Where the figures page reads the improvement figures: analytics-service's API, which holds no member's personal
 * data. {@code complaints.office.analytics-url}: the local stack's analytics-service by default.
 *
 * @param analyticsUrl     analytics-service's base address
 * @param analyticsTimeout how long the page waits for it before saying the figures are unavailable
 */
@ConfigurationProperties("complaints.office")
public record AnalyticsProperties(@DefaultValue("http://localhost:8084") String analyticsUrl,
                                  @DefaultValue("PT5S") Duration analyticsTimeout) {
}
