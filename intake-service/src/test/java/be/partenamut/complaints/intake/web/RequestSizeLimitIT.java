package be.partenamut.complaints.intake.web;

import be.partenamut.complaints.intake.IntakeIntegrationTest;
import be.partenamut.complaints.intake.WebForms;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** No body over 64 KB is read: 413, and nothing is stored. */
class RequestSizeLimitIT extends IntakeIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void refusesAnApiBodyOverTheLimitWithAProblem() {
        long stored = storedSubmissions();
        String huge = write(with(complaint(), "description", "d".repeat(70_000)));

        ResponseEntity<String> response = post(huge);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(read(response.getBody()).get("type").asText())
                .isEqualTo("https://complaints.partenamut.be/problems/request-too-large");
        assertThat(storedSubmissions()).isEqualTo(stored);
    }

    @Test
    void refusesAChunkedBodyOverTheLimitWhileReadingIt() throws Exception {
        long stored = storedSubmissions();
        byte[] huge = write(with(complaint(), "description", "d".repeat(70_000))).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + COMPLAINTS))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokens.clientToken(clientFor(complaint())))
                // An input stream of unknown length goes chunked, with no Content-Length to refuse it by.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(request.bodyPublisher().orElseThrow().contentLength()).isNegative();
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("request-too-large");
        assertThat(storedSubmissions()).isEqualTo(stored);
    }

    @Test
    void refusesAFormOverTheLimitWithAPageInTheMembersLanguage() {
        WebForms forms = new WebForms(http);
        WebForms.Page page = forms.open("?lang=de");
        long stored = storedSubmissions();

        ResponseEntity<String> response = forms.submit(page, "?lang=de", Map.of("description", "d".repeat(70_000)), true);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getBody()).contains("Formular zu lang");
        assertThat(storedSubmissions()).isEqualTo(stored);
    }
}
