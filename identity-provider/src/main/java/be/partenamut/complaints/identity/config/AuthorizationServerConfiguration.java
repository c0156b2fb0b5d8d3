package be.partenamut.complaints.identity.config;

import be.partenamut.complaints.identity.directory.StaffDirectory;
import be.partenamut.complaints.identity.token.EnabledClientsOnly;
import be.partenamut.complaints.identity.token.LoopbackPostLogoutRedirects;
import be.partenamut.complaints.identity.token.PlatformClaims;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Two filter chains, as Spring Authorization Server intends: the protocol endpoints (authorize, token, JWKS,
 * discovery, user info, logout), where an unauthenticated browser is sent to the sign-in page; and the sign-in
 * page itself (form login), with health open for operations. Client authentication refuses disabled clients; a
 * signed-out browser returns to a registered address, or to a registered loopback address on another port
 * ({@link LoopbackPostLogoutRedirects}).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class AuthorizationServerConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain protocolEndpoints(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(authorizationServer.getEndpointsMatcher())
                .with(authorizationServer, server -> server
                        .oidc(oidc -> oidc.logoutEndpoint(logout -> logout.authenticationProviders(providers ->
                                providers.forEach(provider -> {
                                    if (provider instanceof OidcLogoutAuthenticationProvider signOut) {
                                        signOut.setAuthenticationValidator(new LoopbackPostLogoutRedirects());
                                    }
                                }))))
                        .clientAuthentication(clients -> clients.authenticationProviders(EnabledClientsOnly::wrapAll)))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // The user info endpoint takes the access token as a bearer token.
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .build();
    }

    /** A fixed issuer when configured; otherwise Spring derives it from each request (tests on a random port). */
    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (properties.hasFixedIssuer()) {
            settings.issuer(properties.issuer());
        }
        return settings.build();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> platformClaims(StaffDirectory staff, IdentityProperties properties) {
        return new PlatformClaims(staff, properties.audience());
    }

    /** BCrypt for staff passwords and client secrets; stored hashes name their algorithm ({bcrypt}...). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
