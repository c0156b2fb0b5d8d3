package be.partenamut.complaints.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the office UI (client complaints-office-ui, Spring Security's oauth2Login) relies on: the provider's
 * discovery document names the sign-in, token and logout endpoints; staff sign in with the authorization code
 * and are sent back to the office's registered address only; signing out (OpenID Connect RP-initiated logout,
 * with the ID token as hint) ends the session at the provider and returns the browser to the office. The
 * office's addresses are http://localhost:8080/..., the same in the local stack and in docker-compose.yml; on the
 * loopback address (http://127.0.0.1:<any port>/..., where the office's browser tests run it) any port is taken.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "complaints.identity.issuer=")
@ActiveProfiles("demo")
class OfficeUiClientIT {

    private static final String POST_LOGOUT = "http://localhost:8080/";

    @LocalServerPort
    int port;

    @Test
    void discoveryNamesTheEndpointsOfSignInAndSignOut() throws Exception {
        ProviderClient provider = new ProviderClient(port);

        JsonNode discovery = provider.discovery();

        assertThat(discovery.get("issuer").asText()).isEqualTo(provider.baseUrl());
        assertThat(discovery.get("authorization_endpoint").asText()).isEqualTo(provider.baseUrl() + "/oauth2/authorize");
        assertThat(discovery.get("token_endpoint").asText()).isEqualTo(provider.baseUrl() + "/oauth2/token");
        assertThat(discovery.get("end_session_endpoint").asText()).isEqualTo(provider.baseUrl() + "/connect/logout");
        assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void anOfficerSignsInThroughTheOfficeUiAndIsSentBackToItsRedirectUri() throws Exception {
        ProviderClient provider = new ProviderClient(port);

        // signIn checks that the code comes back to the office's redirect URI, with the state it sent.
        JsonNode tokens = provider.signIn(ProviderClient.browser(), "officer", "demo");

        JWTClaimsSet id = provider.verified(tokens.get("id_token").asText());
        assertThat(id.getAudience()).containsExactly(ProviderClient.OFFICE_UI);
        assertThat(id.getStringClaim("preferred_username")).isEqualTo("officer");
        assertThat(provider.verified(tokens.get("access_token").asText()).getStringListClaim("roles"))
                .containsExactly("OFFICER");
    }

    @Test
    void aRedirectUriTheOfficeDidNotRegisterGetsNoCode() throws Exception {
        ProviderClient provider = new ProviderClient(port);

        HttpResponse<String> response = ProviderClient.get(ProviderClient.browser(),
                authorizationRequest(provider, "https://elsewhere.example/login/oauth2/code/complaints-office-ui"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).as("the browser is sent nowhere").isEmpty();
    }

    @Test
    void signingOutEndsTheSessionAndReturnsToTheOffice() throws Exception {
        ProviderClient provider = new ProviderClient(port);
        HttpClient browser = ProviderClient.browser();
        String idToken = provider.signIn(browser, "agent", "demo").get("id_token").asText();
        assertThat(provider.location(ProviderClient.get(browser, authorizationRequest(provider, ProviderClient.OFFICE_REDIRECT))))
                .as("while signed in, the office gets a code without the sign-in page")
                .startsWith(ProviderClient.OFFICE_REDIRECT + "?code=");

        HttpResponse<String> logout = ProviderClient.get(browser, provider.baseUrl() + "/connect/logout?"
                + ProviderClient.form(Map.of("id_token_hint", idToken, "post_logout_redirect_uri", POST_LOGOUT,
                "state", "after-logout")));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(provider.location(logout)).isEqualTo(POST_LOGOUT + "?state=after-logout");
        assertThat(provider.location(ProviderClient.get(browser, authorizationRequest(provider, ProviderClient.OFFICE_REDIRECT))))
                .as("signed out: the office's next sign-in shows the sign-in page again")
                .isEqualTo(provider.baseUrl() + "/login");
    }

    @Test
    void signingOutNeverSendsTheBrowserToAnAddressTheOfficeDidNotRegister() throws Exception {
        ProviderClient provider = new ProviderClient(port);
        HttpClient browser = ProviderClient.browser();
        String idToken = provider.signIn(browser, "officer", "demo").get("id_token").asText();

        HttpResponse<String> logout = ProviderClient.get(browser, provider.baseUrl() + "/connect/logout?"
                + ProviderClient.form(Map.of("id_token_hint", idToken,
                "post_logout_redirect_uri", "https://elsewhere.example/")));

        assertThat(logout.statusCode()).isEqualTo(400);
        assertThat(logout.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void theOfficeOnALoopbackAddressSignsInAndOutOnAnyPort() throws Exception {
        ProviderClient provider = new ProviderClient(port);
        HttpClient browser = ProviderClient.browser();
        String idToken = provider.signIn(browser, "officer", "demo").get("id_token").asText();
        String loopbackRedirect = "http://127.0.0.1:41234/login/oauth2/code/complaints-office-ui";

        assertThat(provider.location(ProviderClient.get(browser, authorizationRequest(provider, loopbackRedirect))))
                .as("the office's tests run it on a random port of the loopback address")
                .startsWith(loopbackRedirect + "?code=");

        HttpResponse<String> logout = ProviderClient.get(browser, provider.baseUrl() + "/connect/logout?"
                + ProviderClient.form(Map.of("id_token_hint", idToken, "post_logout_redirect_uri", "http://127.0.0.1:41234/")));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(provider.location(logout)).isEqualTo("http://127.0.0.1:41234/");
    }

    @Test
    void onlyTheLoopbackAddressTakesAnyPortNeverLocalhostNorAnotherPath() throws Exception {
        ProviderClient provider = new ProviderClient(port);
        HttpClient browser = ProviderClient.browser();
        String idToken = provider.signIn(browser, "officer", "demo").get("id_token").asText();

        for (String elsewhere : List.of("http://localhost:41234/", "http://127.0.0.1:41234/elsewhere",
                "http://127.0.0.2.example/", "https://127.0.0.1:8080/")) {
            HttpResponse<String> logout = ProviderClient.get(browser, provider.baseUrl() + "/connect/logout?"
                    + ProviderClient.form(Map.of("id_token_hint", idToken, "post_logout_redirect_uri", elsewhere)));
            assertThat(logout.statusCode()).as(elsewhere).isEqualTo(400);
            assertThat(logout.headers().firstValue("Location")).as(elsewhere).isEmpty();
        }
        assertThat(ProviderClient.get(ProviderClient.browser(), authorizationRequest(provider,
                "http://localhost:41234/login/oauth2/code/complaints-office-ui")).statusCode())
                .as("localhost on another port gets no code").isEqualTo(400);
    }

    @Test
    void signingOutWithATokenTheProviderDidNotIssueIsRefused() throws Exception {
        ProviderClient provider = new ProviderClient(port);

        HttpResponse<String> logout = ProviderClient.get(ProviderClient.browser(), provider.baseUrl() + "/connect/logout?"
                + ProviderClient.form(Map.of("id_token_hint", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJvZmZpY2VyIn0.",
                "post_logout_redirect_uri", POST_LOGOUT)));

        assertThat(logout.statusCode()).isEqualTo(400);
        assertThat(logout.headers().firstValue("Location")).isEmpty();
    }

    /** The office UI's authorization request (code, PKCE, state), with {@code redirectUri}. */
    private static String authorizationRequest(ProviderClient provider, String redirectUri) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("response_type", "code");
        request.put("client_id", ProviderClient.OFFICE_UI);
        request.put("scope", "openid profile");
        request.put("redirect_uri", redirectUri);
        request.put("state", ProviderClient.randomUrlSafe(16));
        request.put("code_challenge", ProviderClient.s256(ProviderClient.randomUrlSafe(48)));
        request.put("code_challenge_method", "S256");
        return URI.create(provider.baseUrl() + "/oauth2/authorize?" + ProviderClient.form(request)).toString();
    }
}
