package be.partenamut.complaints.office.config;

import be.partenamut.complaints.office.pages.PagePaths;
import be.partenamut.complaints.office.pages.signin.OfficeSignInProperties;
import be.partenamut.complaints.office.pages.signin.StaffOidcUserService;

import be.partenamut.complaints.support.security.ProblemSecurityHandlers;
import be.partenamut.complaints.support.security.SecurityProperties;
import be.partenamut.complaints.support.security.StaffSecurityConfiguration;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

import java.net.URI;
import java.util.Map;

/**
 * Two doors into the office, each with its own filter chain:
 * <ul>
 *   <li>the staff API ({@code /api/**}) and the management endpoints, exactly as every service's
 *       ({@link StaffSecurityConfiguration#staffApi}): bearer tokens, no session, problem+json 401/403;</li>
 *   <li>the staff pages (everything else): sign-in through the identity provider (authorization code with PKCE,
 *       {@code oauth2Login}), then a session (cookie HttpOnly, SameSite=Lax, Secure where served over https:
 *       {@code server.servlet.session.cookie.*}), CSRF tokens on every form and htmx request, a strict
 *       Content-Security-Policy (no inline script or style, no framing), and sign-out at the provider too
 *       (OpenID Connect RP-initiated logout, back to the office).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OfficeSignInProperties.class)
public class OfficeSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain staffApiSecurity(HttpSecurity http, SecurityProperties properties,
                                         ProblemSecurityHandlers handlers) throws Exception {
        return StaffSecurityConfiguration.staffApi(http.securityMatcher("/api/**", "/actuator/**"), properties, handlers)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain staffPagesSecurity(HttpSecurity http, ClientRegistrationRepository clients,
                                           JwtDecoder accessTokens, SecurityProperties security,
                                           ServerProperties server) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
                clients, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        // The office is a confidential client and still proves the code is its own (PKCE): the provider requires it.
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());

        OidcClientInitiatedLogoutSuccessHandler signOutAtTheProvider = new OidcClientInitiatedLogoutSuccessHandler(clients);
        signOutAtTheProvider.setPostLogoutRedirectUri("{baseUrl}/");

        AccessDeniedHandlerImpl refusedPage = new AccessDeniedHandlerImpl();
        refusedPage.setErrorPage(PagePaths.ACCESS_REFUSED);

        String sessionCookie = server.getServlet().getSession().getCookie().getName();
        return http
                .authorizeHttpRequests(requests -> requests
                        // An error page or a refusal rendered for a request already decided on.
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
                                PagePaths.SIGN_IN_FAILED).permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .loginPage(PagePaths.SIGN_IN)
                        .failureUrl(PagePaths.SIGN_IN_FAILED)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new StaffOidcUserService(accessTokens))))
                .oauth2Client(Customizer.withDefaults())
                .logout(logout -> logout
                        .logoutSuccessHandler(signOutAtTheProvider)
                        .deleteCookies(sessionCookie == null ? "JSESSIONID" : sessionCookie))
                .exceptionHandling(errors -> errors
                        // htmx follows no redirect to another site: it is told to load the sign-in as a page.
                        .defaultAuthenticationEntryPointFor(htmxSignIn(), new RequestHeaderRequestMatcher("HX-Request"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(PagePaths.SIGN_IN),
                                request -> true)
                        .accessDeniedHandler(refusedPage))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(security.issuer())))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    /**
     * Only the office's own files; nothing inline, nothing framed. Forms post to the office, whose sign-out
     * redirects the browser to the provider: browsers hold that redirect to {@code form-action} too.
     */
    static String contentSecurityPolicy(String issuer) {
        URI provider = URI.create(issuer);
        String providerOrigin = provider.getScheme() + "://" + provider.getAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' " + providerOrigin
                + "; frame-ancestors 'none'";
    }

    private static AuthenticationEntryPoint htmxSignIn() {
        return (request, response, exception) -> {
            response.setHeader("HX-Redirect", request.getContextPath() + PagePaths.SIGN_IN);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        };
    }

    /**
     * The office as a client of the staff API's identity provider, described here rather than discovered: the
     * office starts while the provider is still starting, and reaches its token endpoint by the address it is
     * given ({@link OfficeSignInProperties#providerUrl}) while browsers use the issuer's.
     */
    @Bean
    ClientRegistrationRepository officeClientRegistrations(OfficeSignInProperties signIn, SecurityProperties security) {
        String issuer = security.issuer();
        ClientRegistration office = ClientRegistration.withRegistrationId("complaints-office-ui")
                .clientId(signIn.clientId())
                .clientSecret(signIn.clientSecret())
                .clientName("Complaints office")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(OidcScopes.OPENID, OidcScopes.PROFILE)
                .issuerUri(issuer)
                .authorizationUri(issuer + "/oauth2/authorize")
                .tokenUri(signIn.providerUrl(issuer) + "/oauth2/token")
                .jwkSetUri(security.jwkSetUri())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + "/connect/logout"))
                .build();
        return new InMemoryClientRegistrationRepository(office);
    }
}
