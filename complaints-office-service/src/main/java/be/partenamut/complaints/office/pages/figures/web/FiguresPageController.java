package be.partenamut.complaints.office.pages.figures.web;

import be.partenamut.complaints.office.pages.figures.AnalyticsClient;
import be.partenamut.complaints.office.pages.figures.ImprovementFigures;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * The improvement figures for analysts (and officers and administrators): analytics-service's counts, read with
 * the signed-in member's token, as tables. Analysts never see a complaint or a member here or anywhere in the
 * office (the queues and complaints refuse them).
 */
@Controller
public class FiguresPageController {

    private final AnalyticsClient analytics;

    public FiguresPageController(AnalyticsClient analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/figures")
    @PreAuthorize("hasAnyRole('ANALYST', 'OFFICER')")
    public ModelAndView figures(@RegisteredOAuth2AuthorizedClient("complaints-office-ui") OAuth2AuthorizedClient caller,
                                Model model) {
        ModelAndView page = new ModelAndView("figures", model.asMap());
        analytics.figures(caller).ifPresentOrElse(figures -> {
            page.addObject("figures", figures);
            page.addObject("breakdowns", breakdowns(figures));
        }, () -> page.setStatus(HttpStatus.SERVICE_UNAVAILABLE));
        return page;
    }

    /** One table each, in the order an analyst reads them; {@code key} names its caption in figures.table.*. */
    static List<Breakdown> breakdowns(ImprovementFigures figures) {
        return List.of(
                new Breakdown("status", figures.byStatus()),
                new Breakdown("channel", figures.byChannel()),
                new Breakdown("category", figures.byCategory()),
                new Breakdown("department", figures.byDepartment()),
                new Breakdown("outcome", figures.byOutcome()),
                new Breakdown("recommendations", figures.recommendationsByDepartment()),
                new Breakdown("recommendations-accepted", followUp(figures, ImprovementFigures.RecommendationFollowUp::accepted)),
                new Breakdown("recommendations-rejected", followUp(figures, ImprovementFigures.RecommendationFollowUp::rejected)),
                new Breakdown("recommendations-implemented",
                        followUp(figures, ImprovementFigures.RecommendationFollowUp::implemented)),
                new Breakdown("sla-breaches", figures.slaBreaches()),
                new Breakdown("declined", figures.declined()));
    }

    /** One step of the recommendations' follow-up, per department (none when analytics does not give it yet). */
    private static Map<String, Long> followUp(ImprovementFigures figures,
                                              ToLongFunction<ImprovementFigures.RecommendationFollowUp> step) {
        Map<String, Long> counts = new TreeMap<>();
        if (figures.recommendationFollowUp() != null) {
            figures.recommendationFollowUp().forEach((department, followUp) ->
                    counts.put(department, step.applyAsLong(followUp)));
        }
        return counts;
    }

    /** One breakdown of the figures: a count per code (status, channel...). */
    public record Breakdown(String key, Map<String, Long> counts) {

        public Breakdown {
            counts = counts == null ? Map.of() : counts;
        }
    }
}
