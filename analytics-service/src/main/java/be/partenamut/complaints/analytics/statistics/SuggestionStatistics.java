package be.partenamut.complaints.analytics.statistics;

import java.util.Map;

/**
 * The suggestions members made in the period: counted apart from the complaints, whose figures never
 * include them. A suggestion has no answer deadline, no escalation and no outcome, so it has only
 * these breakdowns; each adds up to {@code total} like a complaint's.
 */
public record SuggestionStatistics(
        long total,
        Map<String, Long> byChannel,
        Map<String, Long> byCategory,
        Map<String, Long> byDepartment) {
}
