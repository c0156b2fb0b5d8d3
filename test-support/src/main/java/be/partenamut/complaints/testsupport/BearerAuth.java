package be.partenamut.complaints.testsupport;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestTemplate;

/**
 * A test's {@link TestRestTemplate} calling as the holder of an access token, as
 * {@link TestRestTemplate#withBasicAuth} did with a password:
 * {@code BearerAuth.withBearer(http, tokens.userToken("officer")).getForEntity(...)}.
 */
public final class BearerAuth {

    private BearerAuth() {
    }

    /** A copy of {@code http} (same server, same message converters) sending {@code Authorization: Bearer <token>}. */
    public static TestRestTemplate withBearer(TestRestTemplate http, String token) {
        RestTemplate original = http.getRestTemplate();
        TestRestTemplate bearer = new TestRestTemplate(new RestTemplateBuilder()
                .messageConverters(original.getMessageConverters())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token));
        bearer.setUriTemplateHandler(original.getUriTemplateHandler());
        return bearer;
    }
}
