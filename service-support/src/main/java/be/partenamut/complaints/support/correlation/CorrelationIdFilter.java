package be.partenamut.complaints.support.correlation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Takes the caller's correlation id (or makes one), logs under it and echoes it in the response. */
public class CorrelationIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try (Correlation.Scope scope = Correlation.open(request.getHeader(Correlation.HTTP_HEADER))) {
            response.setHeader(Correlation.HTTP_HEADER, Correlation.current());
            chain.doFilter(request, response);
        }
    }
}
