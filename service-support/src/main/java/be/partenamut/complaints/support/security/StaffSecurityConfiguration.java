package be.partenamut.complaints.support.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.util.List;

/**
 * The staff API is an OAuth2 resource server: every request but health, metrics and the service's public
 * paths carries an access token of the identity provider ({@code Authorization: Bearer <jwt>}). No session,
 * no cookie, so no cross-site request to forge, and no password anywhere in a service. A service with a
 * browser-facing page declares its own filter chains instead, and still uses {@link #staffApi} for its API.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class StaffSecurityConfiguration {

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Roles.ADMIN).implies(Roles.OFFICER, Roles.AGENT, Roles.ANALYST)
                .build();
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(ObjectMapper objectMapper) {
        return new ProblemSecurityHandlers(objectMapper);
    }

    /**
     * Accepts a token only if the configured issuer signed it (RS256, a key from its JWKS), names that issuer
     * and the platform's audience, and is not expired by the service's own clock (so tests can move time).
     * The keys are fetched at the first token, not at start: a service starts while the provider is still
     * coming up, and asks again when a token names a key it does not know (the provider's keys changed).
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder staffTokenDecoder(SecurityProperties properties, ObjectProvider<Clock> clock) {
        return tokenDecoder(properties, clock.getIfAvailable(Clock::systemUTC));
    }

    /**
     * The staff tokens' decoder of {@link #staffTokenDecoder}, judging expiry by {@code clock}: for a test whose
     * service clock runs days ahead for its deadlines while the provider signs by the real time.
     */
    public static JwtDecoder tokenDecoder(SecurityProperties properties, Clock clock) {
        JwtTimestampValidator notExpired = new JwtTimestampValidator();
        notExpired.setClock(clock);
        return PlatformTokens.decoder(properties, JwtValidators.createDefaultWithValidators(List.of(notExpired,
                PlatformTokens.issuedForThePlatform(properties))));
    }

    /** Controllers take their caller as a parameter: {@code StaffMember caller}. */
    @Bean
    WebMvcConfigurer staffMemberParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new StaffMemberArgumentResolver());
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain staffApiSecurity(HttpSecurity http, SecurityProperties properties,
                                         ProblemSecurityHandlers handlers) throws Exception {
        return staffApi(http, properties, handlers).build();
    }

    /**
     * The staff API's rules, for a service that declares its own filter chains (one with a browser
     * page, say) and still wants its API secured like every other service's. The tokens are checked by
     * the context's {@link JwtDecoder} ({@link #staffTokenDecoder}).
     */
    public static HttpSecurity staffApi(HttpSecurity http, SecurityProperties properties,
                                        ProblemSecurityHandlers handlers) throws Exception {
        return http
                // Bearer tokens only: no cookie, so no cross-site request to forge.
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                            "/actuator/prometheus", "/error").permitAll();
                    for (String path : properties.publicPaths()) {
                        String[] parts = path.trim().split("\\s+", 2);
                        if (parts.length == 2) {
                            requests.requestMatchers(HttpMethod.valueOf(parts[0]), parts[1]).permitAll();
                        } else {
                            requests.requestMatchers(parts[0]).permitAll();
                        }
                    }
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new StaffTokenConverter()))
                        .authenticationEntryPoint(handlers.authenticationEntryPoint())
                        .accessDeniedHandler(handlers.accessDeniedHandler()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(handlers.authenticationEntryPoint())
                        .accessDeniedHandler(handlers.accessDeniedHandler()));
    }
}
