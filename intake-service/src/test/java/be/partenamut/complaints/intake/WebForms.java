package be.partenamut.complaints.intake;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The web form as a browser without script uses it over HTTP: the page, its cookie and token, the post. */
public final class WebForms {

    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    private final TestRestTemplate http;

    public WebForms(TestRestTemplate http) {
        this.http = http;
    }

    /** A form page, with what posting it back takes: the CSRF cookie and the hidden fields. */
    public record Page(String html, String cookie, Map<String, String> hidden) {

        public String csrfToken() {
            return hidden.get("_csrf");
        }
    }

    /** A member's complaint as they would fill in the form, with a description of its own each time. */
    public static Map<String, String> memberFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("memberNumber", "100000001");
        fields.put("firstName", "Camille");
        fields.put("lastName", "Dubois");
        fields.put("email", "camille.dubois@example.be");
        fields.put("nationalRegisterNumber", "");
        fields.put("category", "REIMBURSEMENT");
        fields.put("subject", "Remboursement de kinésithérapie");
        fields.put("description", "Mon remboursement du 12 octobre n'a toujours pas été effectué. " + UUID.randomUUID());
        return fields;
    }

    /** {@code GET /} with the query (say {@code ?lang=nl}), as a browser would open it. */
    public Page open(String query) {
        ResponseEntity<String> response = http.getForEntity("/" + query, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> cookies = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
        String cookie = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).map(c -> c.split(";", 2)[0])
                .findFirst().orElseThrow(() -> new AssertionError("no CSRF cookie in " + cookies));
        Map<String, String> hidden = new LinkedHashMap<>();
        Matcher matcher = HIDDEN.matcher(response.getBody());
        while (matcher.find()) {
            hidden.put(matcher.group(1), matcher.group(2));
        }
        assertThat(hidden).containsKeys("_csrf", "submissionKey");
        return new Page(response.getBody(), cookie, hidden);
    }

    /** Posts the form with the page's cookie and hidden fields (or without the CSRF token), plus {@code fields}. */
    public ResponseEntity<String> submit(Page page, String query, Map<String, String> fields, boolean withToken) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        page.hidden().forEach((name, value) -> {
            if (withToken || !"_csrf".equals(name)) {
                form.add(name, value);
            }
        });
        fields.forEach(form::add);
        return post(query, form, withToken ? page.cookie() : null, MediaType.APPLICATION_FORM_URLENCODED);
    }

    public ResponseEntity<String> post(String query, Object body, String cookie, MediaType contentType) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(contentType);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        if (cookie != null) {
            headers.add(HttpHeaders.COOKIE, cookie);
        }
        return http.exchange("/" + query, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
}
