package be.partenamut.complaints.office.pages.figures.web;

import be.partenamut.complaints.office.pages.figures.ImprovementFigures;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures page's tables, from analytics' answer as it travels: with the recommendations' follow-up, and without. */
class FiguresBreakdownsTest {

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void showsWhatBecameOfTheRecommendationsPerDepartment() throws Exception {
        ImprovementFigures figures = json.readValue("""
                {"total":3,"escalated":1,"recommendationsByDepartment":{"HOME_CARE":2,"AGENCIES":1},
                 "recommendationFollowUp":{
                   "HOME_CARE":{"issued":2,"accepted":1,"rejected":1,"implemented":1,
                                "firstImplementedOn":"2026-12-01","lastImplementedOn":"2026-12-01"},
                   "AGENCIES":{"issued":1,"accepted":0,"rejected":0,"implemented":0}}}""", ImprovementFigures.class);

        Map<String, Map<String, Long>> tables = tables(figures);

        assertThat(tables.get("recommendations")).isEqualTo(Map.of("HOME_CARE", 2L, "AGENCIES", 1L));
        assertThat(tables.get("recommendations-accepted")).isEqualTo(Map.of("HOME_CARE", 1L, "AGENCIES", 0L));
        assertThat(tables.get("recommendations-rejected")).isEqualTo(Map.of("HOME_CARE", 1L, "AGENCIES", 0L));
        assertThat(tables.get("recommendations-implemented")).isEqualTo(Map.of("HOME_CARE", 1L, "AGENCIES", 0L));
    }

    /** An analytics service that does not follow recommendations yet: empty tables, never an error page. */
    @Test
    void showsEmptyFollowUpTablesWhenAnalyticsGivesNone() throws Exception {
        ImprovementFigures figures = json.readValue("{\"total\":0,\"escalated\":0}", ImprovementFigures.class);

        assertThat(tables(figures).get("recommendations-implemented")).isEmpty();
    }

    private static Map<String, Map<String, Long>> tables(ImprovementFigures figures) {
        return FiguresPageController.breakdowns(figures).stream()
                .collect(Collectors.toMap(FiguresPageController.Breakdown::key, FiguresPageController.Breakdown::counts));
    }
}
