package be.partenamut.complaints.systemtest;

import be.partenamut.complaints.localstack.PlatformStack;
import be.partenamut.complaints.localstack.infra.TokenClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Talks to the running services over HTTP, as a channel system or a member of staff would: staff with the
 * access token the stack's identity provider gives the demo user when they sign in, a channel system with the
 * token it gets as a client of the provider (client credentials).
 */
final class PlatformClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** Between two looks at a page that is not ready yet: often enough, without hammering a loaded machine. */
    private static final Duration POLL_INTERVAL = Duration.ofMillis(300);

    private final PlatformStack stack;
    private final ObjectMapper json = new ObjectMapper();

    PlatformClient(PlatformStack stack) {
        this.stack = stack;
    }

    Response post(String service, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(service, path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request.build());
    }

    Response get(String service, String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(service, path)).timeout(Duration.ofSeconds(30)).GET();
        if (user != null) {
            request.header("Authorization", bearer(user));
        }
        return send(request.build());
    }

    /** Posts as demo channel system {@code clientId} (agency-desk, service-center, mail-room, email-gateway). */
    Response postAsClient(String clientId, String service, String path, String body, Map<String, String> headers) {
        Map<String, String> withToken = new java.util.HashMap<>(headers);
        withToken.put("Authorization", TokenClient.bearer(stack.identityProvider().tokens().clientToken(clientId)));
        return post(service, path, body, withToken);
    }

    Response postAs(String user, String service, String path, String body) {
        return post(service, path, body, Map.of("Authorization", bearer(user)));
    }

    /** Polls {@code path} until its JSON satisfies {@code ready}; fails with the last answer seen. */
    JsonNode await(String service, String path, String user, Predicate<JsonNode> ready, Duration timeout) {
        AtomicReference<JsonNode> body = new AtomicReference<>();
        Awaitility.await().atMost(timeout).pollInterval(POLL_INTERVAL).untilAsserted(() -> {
            Response answer = get(service, path, user);
            if (answer.status() != 200 || !ready.test(answer.json())) {
                throw new AssertionError("GET " + service + path + " not ready; last answer: " + answer);
            }
            body.set(answer.json());
        });
        return body.get();
    }

    private URI uri(String service, String path) {
        return URI.create(stack.service(service).baseUrl() + path);
    }

    /** The demo staff member's access token, signed in once and kept until shortly before it expires. */
    private String bearer(String user) {
        return TokenClient.bearer(stack.identityProvider().tokens().userToken(user));
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), json);
        } catch (IOException e) {
            throw new AssertionError("no answer from " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    record Response(int status, String body, ObjectMapper mapper) {
        JsonNode json() {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
