package be.partenamut.complaints.localstack.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Real tokens from the identity provider's demo accounts, for tests and the local stack:
 * <ul>
 *   <li>{@link #userToken(String)}: a staff member's access token (password {@code demo}), signed in as a browser
 *       does (authorization code + PKCE as the public client {@code demo-cli}, the sign-in form posted with its
 *       CSRF token, the code read from the redirect to the loopback address), as {@code DemoToken.java} does;</li>
 *   <li>{@link #idToken(String)}: the same sign-in's ID token ({@code aud} is the client, not the platform);</li>
 *   <li>{@link #clientToken(String)}: a channel system's access token (client credentials, secret
 *       {@code demo-secret}).</li>
 * </ul>
 * Tokens are kept and handed out again until {@link #RENEWAL_MARGIN} before they expire, so a test suite signs
 * each user in about once per token lifetime. Thread-safe. A refusal by the provider throws {@link Refused}.
 */
public final class TokenClient {

    public static final String PASSWORD = "demo";
    public static final String CLIENT_SECRET = "demo-secret";
    public static final String CLI_CLIENT = "demo-cli";
    /** A kept token is renewed this long before it expires, so that it is still valid when a service reads it. */
    public static final Duration RENEWAL_MARGIN = Duration.ofSeconds(60);

    // Registered for demo-cli; the provider redirects here with the code, and nothing needs to listen.
    private static final String CALLBACK = "http://127.0.0.1/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The provider said no: a wrong password, an unknown or disabled client. */
    public static final class Refused extends RuntimeException {
        private final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }

        /** The HTTP status of the refusal (401 for an unknown or disabled client). */
        public int status() {
            return status;
        }
    }

    /** What a staff member's sign-in gives: the access token for the services and the ID token naming them. */
    public record SignIn(String accessToken, String idToken, Instant expiresAt) {
    }

    private record ClientToken(String accessToken, Instant expiresAt) {
    }

    private final String issuer;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, SignIn> signIns = new ConcurrentHashMap<>();
    private final Map<String, ClientToken> clientTokens = new ConcurrentHashMap<>();

    public TokenClient(String issuer) {
        this.issuer = issuer.replaceAll("/+$", "");
    }

    public String issuer() {
        return issuer;
    }

    /** The access token of demo staff member {@code username} (admin, officer, analyst, agent, agent-home-care...). */
    public String userToken(String username) {
        return keptSignIn(username).accessToken();
    }

    /** The ID token of the same sign-in as {@link #userToken(String)}: for the UI, never accepted by a service. */
    public String idToken(String username) {
        return keptSignIn(username).idToken();
    }

    /** The access token of demo channel system {@code clientId} (agency-desk, service-center, mail-room, email-gateway). */
    public String clientToken(String clientId) {
        return clientTokens.compute(clientId, (id, kept) -> kept != null && fresh(kept.expiresAt())
                ? kept : requestClientToken(id)).accessToken();
    }

    /** {@code Authorization} header value for {@code token}. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private SignIn keptSignIn(String username) {
        return signIns.compute(username, (name, kept) -> kept != null && fresh(kept.expiresAt()) ? kept : signIn(name, PASSWORD));
    }

    private static boolean fresh(Instant expiresAt) {
        return Instant.now().plus(RENEWAL_MARGIN).isBefore(expiresAt);
    }

    private ClientToken requestClientToken(String clientId) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(http, post("/oauth2/token", Map.of("grant_type", "client_credentials"))
                .header("Authorization", "Basic " + basic).build());
        JsonNode tokens = tokensFrom(response, "client '" + clientId + "'");
        String accessToken = tokens.path("access_token").asText();
        return new ClientToken(accessToken, expiryOf(accessToken));
    }

    /** A new sign-in of {@code username} with {@code password}: never kept, so a test can sign in afresh. */
    public SignIn signIn(String username, String password) {
        // A client of its own: its cookies are this sign-in's session, never another user's.
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String verifier = random(48);
        String state = random(16);
        Map<String, String> authorization = Map.of("response_type", "code", "client_id", CLI_CLIENT,
                "scope", "openid", "redirect_uri", CALLBACK, "state", state,
                "code_challenge", s256(verifier), "code_challenge_method", "S256");

        // 1. Ask for a code: the provider keeps the request in the session and shows its sign-in page.
        HttpResponse<String> page = follow(browser, get(browser, URI.create(issuer + "/oauth2/authorize?" + form(authorization))));
        Matcher csrf = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !csrf.find()) {
            throw new Refused(page.statusCode(), "no sign-in page from " + page.uri() + " (HTTP " + page.statusCode()
                    + "); is the provider running with the demo profile?");
        }

        // 2. Sign in; the provider goes back to the kept request, which now redirects to the callback.
        HttpResponse<String> signedIn = follow(browser, send(browser, post("/login",
                Map.of("username", username, "password", password, "_csrf", csrf.group(1))).build()));
        URI callback = signedIn.headers().firstValue("Location").map(signedIn.uri()::resolve).orElse(null);
        if (callback == null || !callback.toString().startsWith(CALLBACK)) {
            throw new Refused(signedIn.statusCode(), "sign-in refused for '" + username + "' (ended at "
                    + signedIn.uri() + ", HTTP " + signedIn.statusCode() + ")");
        }
        String code = parameter(callback, "code");
        if (code == null || !state.equals(parameter(callback, "state"))) {
            throw new Refused(signedIn.statusCode(), "no authorization code came back: " + callback);
        }

        // 3. The code and the verifier for the tokens.
        HttpResponse<String> response = send(browser, post("/oauth2/token", Map.of("grant_type", "authorization_code",
                "client_id", CLI_CLIENT, "code", code, "redirect_uri", CALLBACK, "code_verifier", verifier)).build());
        JsonNode tokens = tokensFrom(response, "user '" + username + "'");
        String accessToken = tokens.path("access_token").asText();
        return new SignIn(accessToken, tokens.path("id_token").asText(), expiryOf(accessToken));
    }

    /** Follows the provider's redirects, stopping at the one to the callback: that one carries the code. */
    private static HttpResponse<String> follow(HttpClient browser, HttpResponse<String> response) {
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            if (next.toString().startsWith(CALLBACK)) {
                return response;
            }
            response = get(browser, next);
        }
        return response;
    }

    private static HttpResponse<String> get(HttpClient browser, URI uri) {
        // As a browser: the provider then sends to its sign-in page rather than answering 401.
        return send(browser, HttpRequest.newBuilder(uri).header("Accept", "text/html").timeout(TIMEOUT).build());
    }

    private HttpRequest.Builder post(String path, Map<String, String> fields) {
        return HttpRequest.newBuilder(URI.create(issuer + path)).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("talking to the identity provider at " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while talking to the identity provider", e);
        }
    }

    private static JsonNode tokensFrom(HttpResponse<String> response, String who) {
        if (response.statusCode() != 200) {
            throw new Refused(response.statusCode(), "no token for " + who + " (HTTP " + response.statusCode()
                    + "): " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("the identity provider's token response is not JSON", e);
        }
    }

    /** The token's {@code exp}, read from its payload: the provider signed it, this client only needs the time. */
    private static Instant expiryOf(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IllegalStateException("the identity provider's access token is not a JWT");
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            return Instant.ofEpochSecond(claims.path("exp").asLong());
        } catch (IOException e) {
            throw new UncheckedIOException("the access token's claims are not JSON", e);
        }
    }

    private static String parameter(URI uri, String name) {
        Matcher value = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(String.valueOf(uri.getRawQuery()));
        return value.find() ? URLDecoder.decode(value.group(1), StandardCharsets.UTF_8) : null;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String random(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** PKCE's S256 challenge: the provider checks the verifier against it when the code is exchanged. */
    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
