package be.partenamut.complaints.analytics.statistics.web;

import be.partenamut.complaints.analytics.statistics.ComplaintStatistics;
import be.partenamut.complaints.analytics.statistics.ComplaintStatisticsQueries;
import be.partenamut.complaints.analytics.statistics.ReceivedPeriod;
import be.partenamut.complaints.support.correlation.Correlation;
import be.partenamut.complaints.support.problem.FieldProblem;
import be.partenamut.complaints.support.problem.Problems;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * The continuous-improvement figures for the complaints service, its officers and analysts: how
 * many complaints, where they stand, by which door they came, what about, which department, and
 * with what outcome and recommendations. Department agents do not see them.
 */
@RestController
@RequestMapping("/api/v1/statistics")
public class StatisticsController {

    private final ComplaintStatisticsQueries queries;

    public StatisticsController(ComplaintStatisticsQueries queries) {
        this.queries = queries;
    }

    /**
     * @param from first received day counted (ISO date, included); none: since the first complaint
     * @param to   last received day counted (ISO date, included); none: up to now
     */
    @GetMapping
    @PreAuthorize("hasAnyRole('ANALYST', 'OFFICER', 'ADMIN')")
    public ComplaintStatistics statistics(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            ProblemDetail problem = Problems.invalidFields(Problems.VALIDATION_FAILED, "Invalid request",
                    List.of(new FieldProblem("to", "must not be before from (" + from + ")")));
            // The shared handler adds the correlation id only to problems it builds itself.
            problem.setProperty(Correlation.MDC_KEY, Correlation.current());
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        return queries.statistics(new ReceivedPeriod(from, to));
    }
}
