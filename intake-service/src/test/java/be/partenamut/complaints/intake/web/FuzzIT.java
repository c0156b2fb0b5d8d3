package be.partenamut.complaints.intake.web;

import be.partenamut.complaints.intake.IntakeIntegrationTest;
import be.partenamut.complaints.intake.WebForms;
import be.partenamut.complaints.intake.member.NationalRegisterNumber;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of malformed or random requests, from a seeded generator (the same every run), to every
 * public endpoint: the complaints API, the web form (with a valid CSRF token and without), the
 * category catalogue. None may get a server error or a stack trace, and none may store or publish
 * anything: every one of them is invalid by construction (each carries at least one fault validation
 * catches before the policy is asked).
 */
class FuzzIT extends IntakeIntegrationTest {

    private static final int PAYLOADS = 1000;
    private static final long SEED = 20261126L;

    private static final List<String> FIELDS = List.of("channel", "memberNumber", "firstName", "lastName", "email",
            "nationalRegisterNumber", "language", "addressee", "reference", "category", "subject", "description");
    private static final List<String> TEXT_FIELDS = List.of("memberNumber", "firstName", "lastName", "email",
            "nationalRegisterNumber", "reference", "category", "subject", "description");
    private static final List<String> NASTY = List.of("<script>alert(1)</script>", "'; drop table submission; --",
            "\u0000", "\u202Egnp.exe", "😀🇧🇪", "%00%0d%0a", "${jndi:ldap://x/a}", "{{7*7}}", "[[${7*7}]]", "\\u0000",
            "NaN", "-0", "1e309", "null", "\r\n\r\nX-Injected: 1", "../../etc/passwd", "é".repeat(300));

    private final Random random = new Random(SEED);

    @Test
    void postsAThousandMalformedComplaintsToTheApiWithoutAServerErrorOrAnythingKept() {
        long stored = storedSubmissions();
        long escalations = storedEscalations();
        long published = publishedSubmissions();
        Map<Integer, Integer> statuses = new TreeMap<>();

        for (int i = 0; i < PAYLOADS; i++) {
            Request request = apiRequest(i);
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.CONTENT_TYPE, request.contentType());
            // A channel system's valid token: what is fuzzed is the body, past authentication.
            headers.setBearerAuth(tokens.clientToken(DEFAULT_CLIENT));
            if (request.idempotencyKey() != null) {
                headers.set("Idempotency-Key", request.idempotencyKey());
            }
            ResponseEntity<String> response = http.exchange(COMPLAINTS, HttpMethod.POST,
                    new HttpEntity<>(request.body(), headers), String.class);
            check(response, request.describe());
            assertThat(response.getStatusCode().is4xxClientError()).as(request.describe() + " -> " + response.getBody())
                    .isTrue();
            assertThat(response.getHeaders().getContentType()).as(request.describe())
                    .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            statuses.merge(response.getStatusCode().value(), 1, Integer::sum);
        }

        assertThat(statuses.keySet()).contains(400);
        assertThat(storedSubmissions()).isEqualTo(stored);
        assertThat(storedEscalations()).isEqualTo(escalations);
        assertThat(publishedSubmissions()).isEqualTo(published);
    }

    @Test
    void postsAThousandMalformedFormsWithAValidTokenAndHundredsWithoutWithoutAServerErrorOrAnythingKept() {
        WebForms forms = new WebForms(http);
        long stored = storedSubmissions();
        long published = publishedSubmissions();
        Map<Integer, Integer> statuses = new TreeMap<>();

        WebForms.Page page = forms.open("?lang=fr");
        for (int i = 0; i < PAYLOADS + 300; i++) {
            boolean withToken = i < PAYLOADS;
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            if (withToken) {
                form.add("_csrf", page.csrfToken());
            }
            form.add("submissionKey", random.nextInt(4) == 0 ? text(40) : page.hidden().get("submissionKey"));
            breakingForm().forEach(form::add);
            String query = "?lang=" + pick(List.of("fr", "nl", "de", "en", "", text(5)));
            ResponseEntity<String> response;
            if (random.nextInt(10) == 0) {
                // Something else than a form: raw text, JSON, or a form body under a wrong type.
                response = forms.post(urlEncoded(query), text(200), withToken ? page.cookie() : null,
                        pick(List.of(MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML)));
            } else {
                response = forms.post(urlEncoded(query), encode(form), withToken ? page.cookie() : null,
                        MediaType.APPLICATION_FORM_URLENCODED);
            }
            String what = (withToken ? "form with token " : "form without token ") + form;
            check(response, what);
            assertThat(response.getStatusCode().value()).as(what).isNotEqualTo(200);
            if (!withToken) {
                assertThat(response.getStatusCode().value()).as(what).isEqualTo(403);
            }
            statuses.merge(response.getStatusCode().value(), 1, Integer::sum);
        }

        assertThat(statuses.keySet()).contains(400, 403);
        assertThat(storedSubmissions()).isEqualTo(stored);
        assertThat(publishedSubmissions()).isEqualTo(published);
    }

    @Test
    void asksForTheCatalogueAThousandOddWaysWithoutAServerError() {
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < PAYLOADS; i++) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.ACCEPT, pick(List.of("application/json", "*/*", "text/html", "application/xml",
                    "application/problem+json", "foo/bar", "application/json;q=0.1, text/plain;q=0.9", "image/png")));
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, pick(List.of("fr", "nl-BE", "de;q=0.5", "xx", "*", "en-US,en;q=0.9")));
            String query = random.nextBoolean() ? "" : "?" + urlEncoded(text(1 + random.nextInt(60))) + "="
                    + urlEncoded(text(random.nextInt(60)));
            ResponseEntity<String> response = http.exchange("/api/v1/categories" + query, HttpMethod.GET,
                    new HttpEntity<>(headers), String.class);
            check(response, "GET /api/v1/categories" + query + " " + headers);
            statuses.merge(response.getStatusCode().value(), 1, Integer::sum);
        }
        assertThat(statuses).containsKey(200);
    }

    // --- the generator ----------------------------------------------------------------------------------

    private record Request(String body, String contentType, String idempotencyKey, String kind) {
        String describe() {
            return kind + " [" + contentType + "] " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private Request apiRequest(int i) {
        String json = "application/json";
        String key = random.nextInt(5) == 0 ? pick(List.of(ascii(20), "k".repeat(101), "with space", "ok-" + i)) : null;
        // A valid Idempotency-Key alone never makes a request valid: the body is faulty in every case below.
        return switch (random.nextInt(9)) {
            case 0 -> new Request(randomBytesAsText(random.nextInt(2000)), json, key, "random bytes");
            case 1 -> new Request(text(random.nextInt(500)), json, key, "random text");
            case 2 -> {
                String valid = write(validBody());
                yield new Request(valid.substring(0, random.nextInt(valid.length() - 1)), json, key, "truncated JSON");
            }
            case 3 -> new Request(pick(List.of("[]", "[{}]", "42", "\"complaint\"", "null", "true", "{}", "",
                    "{\"channel\":\"WEB_FORM\",\"channel\":\"PHONE\"}")), json, key, "not a complaint");
            case 4 -> {
                int depth = 10 + random.nextInt(3000);
                yield new Request("[".repeat(depth) + "]".repeat(random.nextInt(depth + 1)), json, key, "deep nesting");
            }
            case 5 -> new Request(write(validBody()), pick(List.of("text/plain", "application/xml",
                    "application/x-www-form-urlencoded", "application/octet-stream")), key, "wrong content type");
            default -> {
                Map<String, Object> body = validBody();
                noise(body);
                String fault = breakApi(body);
                yield new Request(write(body), json, key, "complaint with " + fault);
            }
        };
    }

    private Map<String, Object> validBody() {
        Map<String, Object> body = new LinkedHashMap<>(complaint());
        body.put("memberNumber", "100000001");
        if (random.nextBoolean()) {
            body.put("nationalRegisterNumber", "85.07.30-033.28");
        }
        return body;
    }

    /** Random but harmless values in fields the fault below does not touch. */
    private void noise(Map<String, Object> body) {
        for (String field : List.of("firstName", "lastName", "subject")) {
            if (random.nextInt(3) == 0) {
                body.put(field, random.nextBoolean() ? text(1 + random.nextInt(90)) : pick(NASTY));
            }
        }
        if (random.nextInt(3) == 0) {
            body.put("description", pick(NASTY) + " " + text(random.nextInt(200)));
        }
    }

    /** One fault validation must catch, whatever else the body holds. */
    private String breakApi(Map<String, Object> body) {
        List<Consumer<Map<String, Object>>> faults = new ArrayList<>(List.of(
                b -> b.put(text(1 + random.nextInt(20)) + "_unknown", randomValue()),
                // A number or a boolean reads as text (Jackson coerces scalars): only structures are the wrong type.
                b -> b.put(pick(TEXT_FIELDS), pick(List.of(List.of("a"), Map.of("x", 1), List.of(), Map.of()))),
                b -> b.put(pick(List.of("channel", "language", "addressee")), pick(NASTY)),
                b -> b.put("channel", null),
                b -> b.put("language", null),
                b -> b.put(pick(List.of("firstName", "lastName")), "x".repeat(101 + random.nextInt(500))),
                b -> b.put("subject", "s".repeat(201 + random.nextInt(2000))),
                b -> b.put("description", "d".repeat(10_001 + random.nextInt(20_000))),
                b -> b.put("description", pick(List.of("", " ", "\t\n"))),
                b -> b.remove("description"),
                b -> b.put("email", "e".repeat(1 + random.nextInt(30))),
                b -> b.put("memberNumber", pick(List.of("12345678", "12345678901234", "1234567890A", "１２３４５６７８９",
                        text(5), "-100000001", " 1 0 0 0 0 0 0 0 1"))),
                b -> b.put("nationalRegisterNumber", invalidNationalRegisterNumber()),
                b -> {
                    b.put("addressee", "COMPLAINTS_SERVICE");
                    b.put("reference", pick(List.of("PL-26-1", "2026-000001", text(10), "PL-2026-000001 OR 1=1")));
                },
                b -> b.put("reference", "PL-2026-000001"),
                b -> b.put("category", pick(List.of("PARKING", "reimbursement", text(8), "REIMBURSEMENT ", ""))),
                b -> {
                    b.put("channel", "EMAIL");
                    b.put("email", null);
                },
                b -> {
                    b.put("firstName", "Luc");
                    b.remove("lastName");
                }));
        int which = random.nextInt(faults.size());
        faults.get(which).accept(body);
        return "fault #" + which;
    }

    private Map<String, String> breakingForm() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("memberNumber", "100000001");
        form.put("firstName", random.nextBoolean() ? "Camille" : pick(NASTY));
        form.put("lastName", "Dubois");
        form.put("email", "camille.dubois@example.be");
        form.put("nationalRegisterNumber", "");
        form.put("category", "REIMBURSEMENT");
        form.put("subject", random.nextBoolean() ? "Remboursement" : pick(NASTY));
        form.put("description", random.nextBoolean() ? text(100) : pick(NASTY) + " " + text(20));
        switch (random.nextInt(10)) {
            // (An empty member number is no fault of form: with both names and the email, a non-member complains.)
            case 0 -> form.put("memberNumber", pick(List.of("12", "x" + text(12), "100000001x", "1234567890123456")));
            case 1 -> form.put("category", pick(List.of("", "MEDICAL_ADVISOR ", text(10))));
            case 2 -> form.put("description", pick(List.of("", "  ", "d".repeat(10_001 + random.nextInt(5_000)))));
            case 3 -> form.put("email", pick(List.of("", "camille@", text(20))));
            case 4 -> form.put("nationalRegisterNumber", invalidNationalRegisterNumber());
            case 5 -> form.remove("lastName");
            case 6 -> form.put("subject", pick(List.of("", "s".repeat(201 + random.nextInt(1000)))));
            case 7 -> form.put("firstName", "f".repeat(101 + random.nextInt(200)));
            case 8 -> {
                form.remove("category");
                form.put(text(8), text(30));
            }
            default -> {
                form.remove("description");
                form.remove("subject");
            }
        }
        return form;
    }

    private String invalidNationalRegisterNumber() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            for (int i = 0; i < 11; i++) {
                digits.append(random.nextInt(10));
            }
            String candidate = random.nextInt(4) == 0 ? digits.substring(0, 1 + random.nextInt(10)) : digits.toString();
            if (!NationalRegisterNumber.Check.isValid(NationalRegisterNumber.Check.normalise(candidate))) {
                return candidate;
            }
        }
    }

    private Object randomValue() {
        return switch (random.nextInt(5)) {
            case 0 -> text(20);
            case 1 -> random.nextLong();
            case 2 -> List.of(text(3), random.nextInt());
            case 3 -> Map.of("nested", text(5));
            default -> null;
        };
    }

    /** Text from the whole of Unicode's basic plane, surrogates and controls included. */
    private String text(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 5) {
                text.append((char) (0x20 + random.nextInt(0x5F)));
            } else if (kind < 9) {
                char c = (char) random.nextInt(0xFFFF);
                text.append(Character.isSurrogate(c) ? '?' : c);
            } else {
                text.append((char) random.nextInt(0x20));
            }
        }
        return text.toString();
    }

    /** Printable ASCII, spaces included: what an HTTP header may carry. */
    private String ascii(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) (0x20 + random.nextInt(0x5F)));
        }
        return text.toString().strip();
    }

    private String randomBytesAsText(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static String urlEncoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%3D", "=").replace("%3F", "?");
    }

    private static String encode(MultiValueMap<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((name, values) -> values.forEach(value -> {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8));
        }));
        return body.toString();
    }

    private static void check(ResponseEntity<String> response, String request) {
        assertThat(response.getStatusCode().is5xxServerError()).as(request + " -> " + response.getStatusCode() + " "
                + response.getBody()).isFalse();
        if (response.getBody() != null) {
            assertThat(response.getBody()).as(request).doesNotContain("Exception", "at be.partenamut", "at org.springframework");
        }
    }
}
