package be.partenamut.complaints.office.pages.figures;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * analytics-service's improvement figures as its API answers them ({@code GET /api/v1/statistics}): counts only,
 * nothing about a member. Fields the page does not show are ignored, so analytics may add more.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImprovementFigures(long total, long escalated,
                                 Map<String, Long> byStatus,
                                 Map<String, Long> byChannel,
                                 Map<String, Long> byCategory,
                                 Map<String, Long> byDepartment,
                                 Map<String, Long> byOutcome,
                                 Map<String, Long> recommendationsByDepartment,
                                 Map<String, Long> slaBreaches,
                                 Map<String, Long> declined,
                                 LocalDate from, LocalDate to, Instant generatedAt,
                                 Map<String, RecommendationFollowUp> recommendationFollowUp) {

    /** What became of the recommendations made to one department (analytics' {@code recommendationFollowUp}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RecommendationFollowUp(long issued, long accepted, long rejected, long implemented,
                                         LocalDate firstImplementedOn, LocalDate lastImplementedOn) {
    }
}
