package be.partenamut.complaints.intake.limit.web;

import be.partenamut.complaints.intake.limit.RateLimiter;
import be.partenamut.complaints.intake.problem.IntakeProblems;
import be.partenamut.complaints.intake.request.SubmissionMetrics;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * 429 with {@code Retry-After} once a client went through its bucket on a public endpoint; the request
 * goes no further (nothing read, nothing stored).
 */
public class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private final RateLimiter limiter;
    private final ClientAddresses clients;
    private final Set<String> limited;
    private final Set<String> exempt;
    private final RefusalPages pages;
    private final SubmissionMetrics metrics;

    public RateLimitFilter(RateLimiter limiter, ClientAddresses clients, List<String> paths, List<String> exemptClients,
                           RefusalPages pages, SubmissionMetrics metrics) {
        this.limiter = limiter;
        this.clients = clients;
        this.limited = Set.copyOf(paths.stream().map(path -> path.trim().replaceAll("\\s+", " ")).toList());
        this.exempt = Set.copyOf(exemptClients);
        this.pages = pages;
        this.metrics = metrics;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !limited.contains(request.getMethod() + " " + (path.isEmpty() ? "/" : path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clients.of(request);
        long retryAfter = exempt.contains(client) ? 0 : limiter.acquire(client);
        if (retryAfter == 0) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Rate limit reached on {} {}: retry after {} s", request.getMethod(), request.getRequestURI(), retryAfter);
        metrics.refuse(IntakeProblems.RATE_LIMITED);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        if (RefusalPages.fromTheForm(request)) {
            pages.page(request, response, 429, "rate-limited");
        } else {
            pages.problem(response, IntakeProblems.rateLimited(retryAfter));
        }
    }
}
