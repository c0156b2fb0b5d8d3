package be.partenamut.complaints.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
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
import java.text.ParseException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Talks to a running provider over real HTTP, as a channel system, a browser signing in, and a service
 * verifying tokens against the published keys would.
 */
final class ProviderClient {

    static final String OFFICE_UI = "complaints-office-ui";
    static final String OFFICE_REDIRECT = "http://localhost:8080/login/oauth2/code/complaints-office-ui";
    static final String SECRET = "demo-secret";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final String baseUrl;

    ProviderClient(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    String baseUrl() {
        return baseUrl;
    }

    JsonNode discovery() throws IOException, InterruptedException {
        HttpResponse<String> response = get(HttpClient.newHttpClient(), baseUrl + "/.well-known/openid-configuration");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    HttpResponse<String> clientCredentials(String clientId, String secret) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "client_credentials"))))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A client-credentials token's claims, after checking its signature against the provider's JWKS. */
    JWTClaimsSet verifiedClientToken(String clientId) throws Exception {
        HttpResponse<String> response = clientCredentials(clientId, SECRET);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return verified(JSON.readTree(response.body()).get("access_token").asText());
    }

    /** The claims of a token whose RS256 signature verifies against a key published at the discovery's jwks_uri. */
    JWTClaimsSet verified(String token) throws IOException, InterruptedException, ParseException, JOSEException {
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        HttpResponse<String> keys = get(HttpClient.newHttpClient(), discovery().get("jwks_uri").asText());
        RSAKey key = JWKSet.parse(keys.body()).getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
        assertThat(jwt.verify(new RSASSAVerifier(key))).as("signature verifies against the JWKS").isTrue();
        return jwt.getJWTClaimsSet();
    }

    /**
     * The authorization-code flow with PKCE, as the office UI will run it: ask for a code, sign in on the form
     * (with its CSRF token), follow the redirect back, exchange the code. The token response, as JSON.
     */
    JsonNode signIn(String username, String password) throws IOException, InterruptedException {
        return signIn(browser(), username, password);
    }

    /** The same, in {@code browser}, which keeps the provider's session cookie for what follows (a logout, say). */
    JsonNode signIn(HttpClient browser, String username, String password) throws IOException, InterruptedException {
        String verifier = randomUrlSafe(48);
        String state = randomUrlSafe(16);
        Map<String, String> request = new LinkedHashMap<>();
        request.put("response_type", "code");
        request.put("client_id", OFFICE_UI);
        request.put("scope", "openid profile");
        request.put("redirect_uri", OFFICE_REDIRECT);
        request.put("state", state);
        request.put("nonce", randomUrlSafe(16));
        request.put("code_challenge", s256(verifier));
        request.put("code_challenge_method", "S256");

        HttpResponse<String> toSignIn = get(browser, baseUrl + "/oauth2/authorize?" + form(request));
        assertThat(toSignIn.statusCode()).isEqualTo(302);
        assertThat(location(toSignIn)).endsWith("/login");

        HttpResponse<String> page = get(browser, location(toSignIn));
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the sign-in page carries a CSRF token").isTrue();

        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "username", username, "password", password, "_csrf", csrf.group(1)))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        if (!location(signedIn).contains("/oauth2/authorize")) {
            return null;
        }

        HttpResponse<String> callback = get(browser, location(signedIn));
        assertThat(callback.statusCode()).isEqualTo(302);
        URI redirect = URI.create(location(callback));
        assertThat(redirect.getScheme() + "://" + redirect.getAuthority() + redirect.getPath()).isEqualTo(OFFICE_REDIRECT);
        Map<String, String> returned = query(redirect);
        assertThat(returned.get("state")).isEqualTo(state);

        String basic = Base64.getEncoder().encodeToString((OFFICE_UI + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> tokens = browser.send(HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(Map.of(
                                "grant_type", "authorization_code",
                                "code", returned.get("code"),
                                "redirect_uri", OFFICE_REDIRECT,
                                "code_verifier", verifier))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return JSON.readTree(tokens.body());
    }

    /** A browser of its own: its cookies (the provider's session) and redirects left to the caller. */
    static HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpResponse<String> userInfo(String accessToken) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl + "/userinfo"))
                .header("Authorization", "Bearer " + accessToken).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String body) throws IOException {
        return JSON.readTree(body);
    }

    static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where a redirect sends the browser, made absolute. */
    String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.startsWith("/") ? baseUrl + location : location;
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], parts.length == 2 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String randomUrlSafe(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
