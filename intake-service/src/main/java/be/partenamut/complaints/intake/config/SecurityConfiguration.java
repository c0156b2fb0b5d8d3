package be.partenamut.complaints.intake.config;

import be.partenamut.complaints.intake.limit.web.RefusalPages;
import be.partenamut.complaints.support.security.ProblemSecurityHandlers;
import be.partenamut.complaints.support.security.SecurityProperties;
import be.partenamut.complaints.support.security.StaffSecurityConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Two doors, two filter chains. The shared staff chain (service-support) backs off when a service
 * declares its own, so both are here:
 * <ul>
 *   <li>the API, actuator and API documentation: as every service, an OAuth2 resource server (bearer tokens,
 *       no session), with the public paths of {@code complaints.security.public-paths}; no cookie, so no CSRF.
 *       {@code POST /api/v1/complaints} takes a channel system's token, for its own channels
 *       ({@code channel.ChannelPermission});</li>
 *   <li>the web form at {@code /}: public and anonymous, always channel WEB_FORM, but a browser's, so protected against cross-site request
 *       forgery (a token in a cookie and in the form, no session), with a content security policy that
 *       allows nothing but this site's own files.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] API_PATHS = {"/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties, ProblemSecurityHandlers handlers)
            throws Exception {
        return StaffSecurityConfiguration.staffApi(http.securityMatcher(API_PATHS), properties, handlers).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain formSecurity(HttpSecurity http, RefusalPages pages) throws Exception {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        return http
                .csrf(csrf -> csrf.csrfTokenRepository(tokens))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/", "/css/**", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.POST, "/").permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors.accessDeniedHandler(expiredForm(pages)))
                .build();
    }

    /** A form posted without its token (expired, or from another site): a page saying to reload it. */
    private static AccessDeniedHandler expiredForm(RefusalPages pages) {
        return (request, response, denied) -> {
            if (denied instanceof CsrfException) {
                pages.page(request, response, 403, "expired");
            } else {
                response.sendError(403);
            }
        };
    }
}
