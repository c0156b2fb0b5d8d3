package be.partenamut.complaints.analytics.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The improvement figures over the complaints (and, apart, the suggestions) received in a period (all of them when no bound is
 * given). Every complaint counts once in each breakdown; a complaint without a value for a breakdown
 * counts under {@value #UNKNOWN} (or {@value #UNASSIGNED} for a department not decided yet), so
 * each breakdown adds up to {@code total}, except {@code byOutcome}, which counts only the complaints
 * the complaints service answered.
 *
 * @param escalated                   complaints the member escalated to the complaints service
 * @param recommendationsByDepartment recommendations made to each department about these complaints
 * @param recommendationFollowUp      what became of the recommendations made about these complaints, by the
 *                                    department they are addressed to
 * @param slaBreaches                 complaints whose line missed its due date, by line
 * @param declined                    submissions the policy does not handle, by reason, declined in the period
 * @param declinedByOfficer           complaints an officer declined after registration (out of scope, or about a
 *                                    Médecin-Conseil), by reason
 * @param interimMessages             interim messages officers sent when the complaints service's result was late
 * @param suggestions                 the suggestions received in the period, counted apart: none of the
 *                                    complaint figures above includes a suggestion
 * @param from                        first received day counted, when bounded
 * @param to                          last received day counted, when bounded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplaintStatistics(
        long total,
        Map<String, Long> byStatus,
        Map<String, Long> byChannel,
        Map<String, Long> byCategory,
        Map<String, Long> byDepartment,
        Map<String, Long> byOutcome,
        Map<String, Long> recommendationsByDepartment,
        long escalated,
        Map<String, Long> slaBreaches,
        Map<String, Long> declined,
        Map<String, Long> declinedByOfficer,
        long interimMessages,
        SuggestionStatistics suggestions,
        LocalDate from,
        LocalDate to,
        Instant generatedAt,
        Map<String, RecommendationFollowUp> recommendationFollowUp) {

    /**
     * What became of the recommendations made to one department: each issued one is at most one of accepted
     * or rejected, and an accepted one may be implemented; the rest await the department's answer.
     *
     * @param firstImplementedOn the earliest day one of them took effect (null when none did yet): where the
     *                           effect on later complaints can start to be measured
     * @param lastImplementedOn  the latest such day
     */
    public record RecommendationFollowUp(long issued, long accepted, long rejected, long implemented,
                                         LocalDate firstImplementedOn, LocalDate lastImplementedOn) {
    }

    public static final String UNKNOWN = "UNKNOWN";
    public static final String UNASSIGNED = "UNASSIGNED";
}
