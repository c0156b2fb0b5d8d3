package be.partenamut.complaints.support.security;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Staff APIs require a staff account (HTTP Basic, no session); health and metrics stay open for
 * operations. A service with a browser-facing page declares its own filter chain instead.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class StaffSecurityConfiguration {

    static final String DEMO_PASSWORD = "demo";

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

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain staffApiSecurity(HttpSecurity http, SecurityProperties properties,
                                         ProblemSecurityHandlers handlers) throws Exception {
        return staffApi(http, properties, handlers).build();
    }

    /**
     * The staff API's rules, for a service that declares its own filter chains (one with a browser
     * page, say) and still wants its API secured like every other service's.
     */
    public static HttpSecurity staffApi(HttpSecurity http, SecurityProperties properties,
                                        ProblemSecurityHandlers handlers) throws Exception {
        return http
                // Stateless Basic authentication: no cookie, so no cross-site request to forge.
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
                .httpBasic(basic -> basic.authenticationEntryPoint(handlers.authenticationEntryPoint()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(handlers.authenticationEntryPoint())
                        .accessDeniedHandler(handlers.accessDeniedHandler()));
    }

    @Bean
    @ConditionalOnMissingBean(PasswordEncoder.class)
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The demo accounts, or none at all: a service without them accepts no staff login until one is configured. */
    @Bean
    @ConditionalOnMissingBean(UserDetailsService.class)
    UserDetailsService staffAccounts(SecurityProperties properties, PasswordEncoder encoder) {
        InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager();
        if (properties.demoUsers()) {
            String password = encoder.encode(DEMO_PASSWORD);
            for (String role : new String[] {Roles.AGENT, Roles.OFFICER, Roles.ANALYST, Roles.ADMIN}) {
                accounts.createUser(User.withUsername(role.toLowerCase()).password(password).roles(role).build());
            }
        }
        return accounts;
    }
}
