package be.partenamut.complaints.support.security;

import be.partenamut.complaints.support.correlation.Correlation;
import be.partenamut.complaints.support.problem.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/**
 * 401 and 403 in the same problem+json shape as every other error. A 401 carries the bearer challenge of
 * RFC 6750 ({@code WWW-Authenticate: Bearer}, with {@code error="invalid_token"} when a token was sent and
 * refused), as Spring Security's own entry point writes it.
 */
public class ProblemSecurityHandlers {

    private final ObjectMapper objectMapper;
    private final BearerTokenAuthenticationEntryPoint bearerChallenge = new BearerTokenAuthenticationEntryPoint();

    public ProblemSecurityHandlers(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public AuthenticationEntryPoint authenticationEntryPoint() {
        return (request, response, exception) -> {
            bearerChallenge.commence(request, response, exception);
            // Why a token was refused stays in the challenge's error_description; the body says what to do.
            String detail = exception instanceof InvalidBearerTokenException
                    ? "The access token is not valid here (expired, not for this platform, or not from its identity "
                            + "provider). Get a new one from the identity provider."
                    : "Send an access token from the identity provider (Authorization: Bearer ...) to use this endpoint.";
            write(response, Problems.of(HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, "Authentication required",
                    detail));
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
