package be.partenamut.complaints.office.privacy.retention;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;

/**
 * @param personalDataAfterClosure how long a closed complaint's personal data is kept; then its key is
 *                                 destroyed and the facts (dates, category, outcome...) stay
 * @param checkEvery               how often the retention job looks for complaints past the period
 * @param zone                     the calendar the period is counted in
 */
@Validated
@ConfigurationProperties("complaints.retention")
public record RetentionProperties(@NotNull Period personalDataAfterClosure, @NotNull Duration checkEvery,
                                  @NotNull ZoneId zone) {
}
