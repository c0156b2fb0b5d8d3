package be.partenamut.complaints.support.security;

import be.partenamut.complaints.support.correlation.Correlation;
import be.partenamut.complaints.support.problem.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** 401 and 403 in the same problem+json shape as every other error. */
public class ProblemSecurityHandlers {

    private final ObjectMapper objectMapper;

    public ProblemSecurityHandlers(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public AuthenticationEntryPoint authenticationEntryPoint() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"complaints\"");
            write(response, Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "Authentication required",
                    "Sign in with a staff account to use this endpoint."));
        };
    }

    public AccessDeniedHandler accessDeniedHandler() {
        return (request, response, exception) -> write(response, Problems.of(HttpStatus.FORBIDDEN,
                Problems.FORBIDDEN, "Not allowed", "Your role does not allow this action."));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setProperty(Correlation.MDC_KEY, Correlation.current());
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
