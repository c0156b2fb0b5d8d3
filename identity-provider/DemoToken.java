import java.io.IOException;
import java.net.ConnectException;
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
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Prints a token from the local stack's identity provider, for any demo staff member or channel system:
 * <pre>
 *   TOKEN=$(java identity-provider/DemoToken.java officer)
 *   TOKEN=$(java identity-provider/DemoToken.java --client mail-room)
 * </pre>
 * A single source file that a JDK 17 runs as it is, so a fresh machine needs nothing else (no curl, no openssl,
 * no libraries: hence the regular expressions where a JSON or HTML parser would otherwise be).
 * <p>
 * A staff member signs in exactly as in a browser, because OAuth 2.1 has no password grant: ask for a code as
 * the public client demo-cli with PKCE, get sent to the sign-in page, post the name and password with the page's
 * CSRF token, follow the redirects to the loopback callback (nothing listens there: the code is read from the
 * redirect), then exchange the code and the PKCE verifier for tokens. The provider grants this program nothing a
 * browser would not get. A channel system uses client credentials, as the real system does.
 */
public class DemoToken {

    static final String USAGE = """
            usage: java identity-provider/DemoToken.java [options] <user> [password]   (staff; password: demo)
                   java identity-provider/DemoToken.java [options] --client <client>   (systems; secret: demo-secret)
            options: --issuer <url>  the identity provider (default http://localhost:9000)
                     --id-token      print the staff member's ID token instead of the access token""";

    static final String CLI_CLIENT = "demo-cli";
    static final String CLIENT_SECRET = "demo-secret"; // every demo client's, as every demo user's password is "demo"
    // Registered for demo-cli; the provider redirects the browser here with the code, nothing needs to listen.
    static final String CALLBACK = "http://127.0.0.1/callback";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** What went wrong, in one line for stderr; exit status 2 for a wrong use of the program, 1 for the rest. */
    static class Failure extends Exception {
        final int status;

        Failure(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    String issuer = "http://localhost:9000", user, password = "demo", client;
    boolean idToken;
    // Redirects by hand: the last one goes to the loopback callback, which must be read, not followed.
    final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) {
        DemoToken tool = new DemoToken();
        try {
            tool.parse(args);
            System.out.println(tool.client != null ? tool.clientToken() : tool.userToken());
        } catch (Failure failure) {
            System.err.println("DemoToken: " + failure.getMessage());
            System.exit(failure.status);
        } catch (ConnectException e) {
            System.err.println("DemoToken: the identity provider at " + tool.issuer + " is not reachable (start it: "
                    + "java -jar identity-provider/target/identity-provider-0.1.0-SNAPSHOT-exec.jar "
                    + "--spring.profiles.active=demo)");
            System.exit(1);
        } catch (IOException | InterruptedException | IllegalArgumentException e) {
            System.err.println("DemoToken: talking to the identity provider at " + tool.issuer + " failed: " + e);
            System.exit(1);
        }
    }

    void parse(String[] args) throws Failure {
        int positional = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--issuer" -> issuer = value(args, ++i).replaceAll("/+$", "");
                case "--client" -> client = value(args, ++i);
                case "--id-token" -> idToken = true;
                default -> {
                    if (args[i].startsWith("-")) throw new Failure(2, "unknown option " + args[i] + "\n" + USAGE);
                    switch (positional++) {
                        case 0 -> user = args[i];
                        case 1 -> password = args[i];
                        default -> throw new Failure(2, "one user, one password at most\n" + USAGE);
                    }
                }
            }
        }
        if ((client == null) == (user == null)) throw new Failure(2, "name one user or one --client\n" + USAGE);
        if (client != null && idToken) throw new Failure(2, "--id-token is for a user: a client gets no ID token");
    }

    static String value(String[] args, int i) throws Failure {
        if (i >= args.length) throw new Failure(2, args[i - 1] + " needs a value\n" + USAGE);
        return args[i];
    }

    String clientToken() throws Failure, IOException, InterruptedException {
        byte[] credentials = (client + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8);
        String basic = Base64.getEncoder().encodeToString(credentials);
        HttpResponse<String> response = http.send(post("/oauth2/token", Map.of("grant_type", "client_credentials"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 401) {
            throw new Failure(1, "client '" + client + "' refused (unknown or disabled?): " + response.body());
        }
        return tokenFrom(response, "access_token");
    }

    String userToken() throws Failure, IOException, InterruptedException {
        String verifier = random(48);
        String state = random(16);
        Map<String, String> request = Map.of("response_type", "code", "client_id", CLI_CLIENT, "scope", "openid",
                "redirect_uri", CALLBACK, "state", state,
                "code_challenge", s256(verifier), "code_challenge_method", "S256");

        // 1. Ask for a code: the provider keeps the request in the session and sends us to its sign-in page.
        HttpResponse<String> page = follow(get(URI.create(issuer + "/oauth2/authorize?" + form(request))));
        Matcher csrf = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !csrf.find()) {
            throw new Failure(1, "no sign-in page came back from " + page.uri() + " (HTTP " + page.statusCode()
                    + "); is the provider running with the demo profile?");
        }

        // 2. Sign in; the provider sends us back to the kept request, which now redirects to the callback.
        HttpResponse<String> signedIn = follow(http.send(post("/login", Map.of("username", user, "password", password,
                "_csrf", csrf.group(1))).build(), HttpResponse.BodyHandlers.ofString()));
        URI callback = signedIn.headers().firstValue("Location").map(signedIn.uri()::resolve).orElse(null);
        if (callback == null || !callback.toString().startsWith(CALLBACK)) {
            if (signedIn.uri().getPath().endsWith("/login")) {
                throw new Failure(1, "sign-in refused for '" + user + "' (wrong user or password?)");
            }
            throw new Failure(1, "no code came back (HTTP " + signedIn.statusCode() + " at " + signedIn.uri() + ")");
        }
        String code = parameter(callback, "code");
        if (code == null || !state.equals(parameter(callback, "state"))) {
            throw new Failure(1, "no authorization code came back: " + callback);
        }

        // 3. The code and the verifier for the tokens.
        HttpResponse<String> tokens = http.send(post("/oauth2/token", Map.of("grant_type", "authorization_code",
                "client_id", CLI_CLIENT, "code", code, "redirect_uri", CALLBACK,
                "code_verifier", verifier)).build(), HttpResponse.BodyHandlers.ofString());
        return tokenFrom(tokens, idToken ? "id_token" : "access_token");
    }

    /** Follows the provider's redirects, stopping at one to the callback: that one carries the code. */
    HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
        for (int hops = 0; hops < 10 && response.statusCode() / 100 == 3; hops++) {
            URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            if (next.toString().startsWith(CALLBACK)) {
                return response;
            }
            response = get(next);
        }
        return response;
    }

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        // As a browser: the provider sends an HTML client to sign in rather than answering 401.
        return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder post(String path, Map<String, String> fields) {
        return HttpRequest.newBuilder(URI.create(issuer + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
    }

    static String tokenFrom(HttpResponse<String> response, String name) throws Failure {
        Matcher token = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new Failure(1, "no " + name + " (HTTP " + response.statusCode() + "): " + response.body());
        }
        return token.group(1);
    }

    static String parameter(URI uri, String name) {
        Matcher value = Pattern.compile("(?:^|&)" + name + "=([^&]*)").matcher(String.valueOf(uri.getRawQuery()));
        return value.find() ? URLDecoder.decode(value.group(1), StandardCharsets.UTF_8) : null;
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String random(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** PKCE's S256 challenge: the provider checks the verifier against it when the code is exchanged. */
    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
