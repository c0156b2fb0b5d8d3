package be.partenamut.complaints.office.pages;

import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.office.OfficeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' security, over plain HTTP with a client that keeps cookies as a browser does, against the real
 * identity provider: sign-in by authorization code with PKCE, the session cookie's flags, the headers of every
 * page, CSRF refusals answered with a page, sign-out at the office and at the provider; and the API unchanged
 * (bearer tokens only, problem+json 401).
 */
class OfficePagesSecurityIT extends OfficeIntegrationTest {

    private static final Pattern PAGE_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern FORM_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void anAnonymousPageRequestIsSentToTheProviderWithPkce() throws Exception {
        Visitor visitor = new Visitor();

        HttpResponse<String> queues = visitor.get(office("/queues"));
        assertThat(queues.statusCode()).isEqualTo(302);
        HttpResponse<String> start = visitor.get(visitor.location(queues));
        assertThat(start.statusCode()).isEqualTo(302);

        URI authorize = URI.create(visitor.location(start));
        assertThat(authorize.toString()).startsWith(provider() + "/oauth2/authorize?");
        Map<String, String> request = query(authorize);
        assertThat(request).containsEntry("response_type", "code")
                .containsEntry("client_id", "complaints-office-ui")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("redirect_uri", office("/login/oauth2/code/complaints-office-ui"))
                .containsKeys("state", "nonce", "code_challenge");
        assertThat(request.get("scope")).contains("openid");
    }

    @Test
    void signedInPagesCarryTheSessionCookieFlagsAndStrictHeaders() throws Exception {
        Visitor officer = new Visitor();

        HttpResponse<String> landing = officer.signIn("officer");

        assertThat(landing.statusCode()).isEqualTo(200);
        assertThat(landing.uri().toString()).isEqualTo(office("/queues"));
        String sessionCookie = officer.sessionCookieHeader;
        assertThat(sessionCookie).as("the session cookie as the office set it").startsWith("office-session=");
        List<String> flags = Arrays.stream(sessionCookie.split(";")).map(String::strip).toList();
        assertThat(flags).contains("HttpOnly", "SameSite=Lax", "Path=/")
                .as("plain http on a developer's machine: Secure only where served over https").doesNotContain("Secure");

        String csp = landing.headers().firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                "object-src 'none'", "form-action 'self' " + provider()).doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(landing.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(landing.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(landing.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(landing.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(landing.body()).contains("<html lang=\"fr\"").contains("Demo Complaints Officer")
                .doesNotContain("style=\"").doesNotContain("<script>");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedWithAPageAndNothingChanges() throws Exception {
        Visitor agent = new Visitor();
        agent.signIn("agent-agencies");
        forgetLanguage("agent-agencies");

        HttpResponse<String> forged = agent.post(office("/preferences/language"), Map.of("language", "nl"));

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(forged.body()).contains("Formulaire expiré").contains("403");
        assertThat(agent.get(office("/queues")).body()).contains("<html lang=\"fr\"");

        String token = match(PAGE_CSRF, agent.get(office("/queues")).body());
        HttpResponse<String> chosen = agent.post(office("/preferences/language"),
                Map.of("language", "nl", "returnTo", "/queues", "_csrf", token));
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(agent.location(chosen)).isEqualTo(office("/queues"));
        assertThat(agent.get(office("/queues")).body()).contains("<html lang=\"nl\"");
    }

    @Test
    void aLanguageSwitchNeverSendsTheBrowserToAnotherSite() throws Exception {
        Visitor agent = new Visitor();
        agent.signIn("agent-home-care");
        String token = match(PAGE_CSRF, agent.get(office("/queues")).body());

        HttpResponse<String> chosen = agent.post(office("/preferences/language"),
                Map.of("language", "fr", "returnTo", "//elsewhere.example/", "_csrf", token));

        assertThat(agent.location(chosen)).isEqualTo(office("/queues"));
    }

    @Test
    void signingOutEndsTheSessionAtTheOfficeAndAtTheProvider() throws Exception {
        Visitor agent = new Visitor();
        agent.signIn("agent");
        String token = match(PAGE_CSRF, agent.get(office("/queues")).body());

        HttpResponse<String> signOut = agent.post(office("/logout"), Map.of("_csrf", token));

        assertThat(signOut.statusCode()).isEqualTo(302);
        URI endSession = URI.create(agent.location(signOut));
        assertThat(endSession.toString()).startsWith(provider() + "/connect/logout?");
        assertThat(query(endSession)).containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", office("/"));
        assertThat(agent.get(office("/queues")).statusCode()).as("the office's session is over").isEqualTo(302);

        HttpResponse<String> providerSignOut = agent.get(endSession.toString());
        assertThat(providerSignOut.statusCode()).isEqualTo(302);
        assertThat(agent.location(providerSignOut)).as("the provider sends the browser back to the office")
                .startsWith(office("/"));
        HttpResponse<String> again = agent.followToProvider(office("/queues"));
        assertThat(again.uri().toString()).as("signed out at the provider too: its sign-in page again")
                .isEqualTo(provider() + "/login");
    }

    @Test
    void theApiTakesBearerTokensOnlyAsBefore() throws Exception {
        Visitor officer = new Visitor();
        officer.signIn("officer");

        HttpResponse<String> withTheSessionOnly = officer.get(office("/api/v1/complaints"));
        assertThat(withTheSessionOnly.statusCode()).as("the pages' session opens no API").isEqualTo(401);
        assertThat(withTheSessionOnly.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(withTheSessionOnly.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(withTheSessionOnly.headers().allValues("Set-Cookie")).as("the API makes no session").isEmpty();

        ResponseEntity<String> anonymous = http.getForEntity("/api/v1/complaints", String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(asOfficer().getForEntity("/api/v1/complaints", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("analyst").getForEntity("/api/v1/complaints", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anUnknownPageAndAnotherDepartmentsQueueAnswerPagesNotProblems() throws Exception {
        Visitor agent = new Visitor();
        agent.signIn("agent");

        HttpResponse<String> unknown = agent.get(office("/no-such-page"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(unknown.body()).contains("Page introuvable").contains("Demo Agent");

        ResponseEntity<String> unknownApi = asOfficer().getForEntity("/api/v1/no-such-thing", String.class);
        assertThat(unknownApi.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownApi.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    }

    /** The language is remembered per user: start from none, so the page is in the browser's language (French). */
    private void forgetLanguage(String username) {
        jdbc.sql("delete from staff_preference where username = :username").param("username", username).update();
    }

    private String office(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static String provider() {
        return SharedInfrastructure.identityProvider().issuer();
    }

    private static String match(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1).replace("&#45;", "-");
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A browser without a screen: its own cookies for the office (127.0.0.1) and the provider (localhost). */
    private final class Visitor {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private String sessionCookieHeader;

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return remember(client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> post(String url, Map<String, String> fields) throws IOException, InterruptedException {
            return remember(client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(form(fields))).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        private HttpResponse<String> remember(HttpResponse<String> response) {
            response.headers().allValues("Set-Cookie").stream()
                    .filter(cookie -> cookie.startsWith("office-session="))
                    .findFirst().ifPresent(cookie -> sessionCookieHeader = cookie);
            return response;
        }

        String location(HttpResponse<String> response) {
            String location = response.headers().firstValue("Location").orElseThrow(
                    () -> new AssertionError("no Location in " + response.statusCode() + " " + response.uri()));
            return response.uri().resolve(location).toString();
        }

        /** Follows redirects from {@code url} until a page answers (at the office or the provider). */
        HttpResponse<String> followToProvider(String url) throws IOException, InterruptedException {
            HttpResponse<String> response = get(url);
            for (int hops = 0; hops < 10 && response.statusCode() == 302; hops++) {
                response = get(location(response));
            }
            return response;
        }

        /** Signs in at the provider's sign-in page as {@code username}, and returns the page the office lands on. */
        HttpResponse<String> signIn(String username) throws IOException, InterruptedException {
            HttpResponse<String> signInPage = followToProvider(office("/"));
            assertThat(signInPage.uri().toString()).isEqualTo(provider() + "/login");
            HttpResponse<String> signedIn = post(provider() + "/login", Map.of("username", username,
                    "password", "demo", "_csrf", match(FORM_CSRF, signInPage.body())));
            assertThat(signedIn.statusCode()).isEqualTo(302);
            HttpResponse<String> landing = followToProvider(location(signedIn));
            assertThat(landing.statusCode()).as(landing.uri() + ": " + landing.body()).isEqualTo(200);
            return landing;
        }
    }
}
