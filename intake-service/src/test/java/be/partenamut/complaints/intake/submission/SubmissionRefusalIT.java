package be.partenamut.complaints.intake.submission;

import be.partenamut.complaints.intake.IntakeIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Bad input gets a 400 problem naming what is wrong, and nothing is stored or published for it. */
class SubmissionRefusalIT extends IntakeIntegrationTest {

    private static final String VALIDATION_FAILED = "https://complaints.partenamut.be/problems/validation-failed";
    private static final String MALFORMED_REQUEST = "https://complaints.partenamut.be/problems/malformed-request";

    static Stream<Arguments> badInput() {
        Map<String, Object> form = complaint();
        return Stream.of(
                arguments("refusesAnUnknownField", with(form, "priority", "HIGH"),
                        MALFORMED_REQUEST, List.of("priority")),
                arguments("refusesAnUnknownChannel", with(form, "channel", "FAX"), MALFORMED_REQUEST, List.of("channel")),
                arguments("refusesAnUnknownKind", with(form, "kind", "PRAISE"), MALFORMED_REQUEST, List.of("kind")),
                arguments("refusesASuggestionAddressedToTheComplaintsService",
                        with(with(form, "kind", "SUGGESTION"), "addressee", "COMPLAINTS_SERVICE"),
                        VALIDATION_FAILED, List.of("kind")),
                arguments("refusesALanguageOtherThanFrenchDutchOrGerman", with(form, "language", "en"),
                        MALFORMED_REQUEST, List.of("language")),
                arguments("refusesATextWhereAFieldTakesNone", with(form, "memberNumber", Map.of("number", 1)),
                        MALFORMED_REQUEST, List.of("memberNumber")),
                arguments("refusesASubmissionWithoutAnyField", Map.of(), VALIDATION_FAILED,
                        List.of("channel", "language", "category", "subject", "description")),
                arguments("refusesAFirstNameWithoutALastName", with(form, "lastName", " "),
                        VALIDATION_FAILED, List.of("lastName")),
                arguments("refusesAnInvalidNationalRegisterNumber", with(form, "nationalRegisterNumber", "85.07.30-033.29"),
                        VALIDATION_FAILED, List.of("nationalRegisterNumber")),
                arguments("refusesANationalRegisterNumberOfTenDigits", with(form, "nationalRegisterNumber", "8507300332"),
                        VALIDATION_FAILED, List.of("nationalRegisterNumber")),
                arguments("refusesAnUnknownAddressee", with(form, "addressee", "DIRECTOR"),
                        MALFORMED_REQUEST, List.of("addressee")),
                arguments("refusesAMalformedReference", with(with(with(with(form, "addressee", "COMPLAINTS_SERVICE"),
                                "reference", "2026-123"), "category", null), "subject", null),
                        VALIDATION_FAILED, List.of("reference")),
                arguments("refusesAReferenceToTheFirstLine", with(with(with(form, "reference", "PL-2026-000001"),
                                "category", null), "subject", null),
                        VALIDATION_FAILED, List.of("reference")),
                arguments("refusesACategoryAndSubjectOnAnEscalation", with(with(form, "addressee", "COMPLAINTS_SERVICE"),
                                "reference", "PL-2026-000001"),
                        VALIDATION_FAILED, List.of("category", "subject")),
                arguments("refusesAMemberNumberOfEightDigits", with(form, "memberNumber", "12345678"),
                        VALIDATION_FAILED, List.of("memberNumber")),
                arguments("refusesAMemberNumberOfFourteenDigits", with(form, "memberNumber", "12345678901234"),
                        VALIDATION_FAILED, List.of("memberNumber")),
                arguments("refusesAMemberNumberWithLetters", with(form, "memberNumber", "1234567890A"),
                        VALIDATION_FAILED, List.of("memberNumber")),
                arguments("refusesAWebFormComplaintWithoutEmail", with(form, "email", null),
                        VALIDATION_FAILED, List.of("email")),
                arguments("refusesAnEmailComplaintWithABlankAddress", with(with(form, "channel", "EMAIL"), "email", ""),
                        VALIDATION_FAILED, List.of("email")),
                arguments("refusesAMalformedEmailAddress", with(with(form, "channel", "AGENCY"), "email", "sophie@"),
                        VALIDATION_FAILED, List.of("email")),
                arguments("refusesAnEmailAddressLongerThan254", with(form, "email", ComplaintSubmissionTest.emailOfLength(255)),
                        VALIDATION_FAILED, List.of("email")),
                arguments("refusesAFirstNameLongerThan100", with(form, "firstName", "S".repeat(101)),
                        VALIDATION_FAILED, List.of("firstName")),
                arguments("refusesALastNameLongerThan100", with(form, "lastName", "P".repeat(101)),
                        VALIDATION_FAILED, List.of("lastName")),
                arguments("refusesASubjectLongerThan200", with(form, "subject", "s".repeat(201)),
                        VALIDATION_FAILED, List.of("subject")),
                arguments("refusesADescriptionLongerThan10000", with(form, "description", "d".repeat(10_001)),
                        VALIDATION_FAILED, List.of("description")),
                arguments("refusesAnUnknownCategory", with(form, "category", "PARKING"),
                        VALIDATION_FAILED, List.of("category")),
                arguments("refusesACategoryCodeInAnotherCase", with(form, "category", "reimbursement"),
                        VALIDATION_FAILED, List.of("category")),
                arguments("refusesMalformedJson", "{\"channel\": \"WEB_FORM\", ", MALFORMED_REQUEST, List.of()),
                arguments("refusesAnEmptyBody", "", MALFORMED_REQUEST, List.of()),
                arguments("refusesAFieldGivenTwice", "{\"channel\":\"WEB_FORM\",\"channel\":\"PHONE\"}",
                        MALFORMED_REQUEST, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void refusesBadInputNamingTheFieldsAndKeepsNothing(String behaviour, Object body, String problemType,
                                                      List<String> fields) {
        long stored = storedSubmissions();
        long published = publishedSubmissions();
        String key = UUID.randomUUID().toString();

        ResponseEntity<String> response = post(body, key, null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = read(response.getBody());
        assertThat(problem.get("type").asText()).isEqualTo(problemType);
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(problem.get("correlationId").asText()).isNotBlank();
        assertThat(problem.get("errors").isArray()).isTrue();
        assertThat(problem.get("errors")).isNotEmpty();
        List<String> named = new ArrayList<>();
        problem.get("errors").forEach(error -> named.add(error.path("field").asText(null)));
        assertThat(named).as(response.getBody()).containsAll(fields);
        assertThat(response.getBody()).doesNotContain("Exception", "at be.partenamut");

        assertThat(storedSubmissions()).isEqualTo(stored);
        assertThat(publishedSubmissions()).isEqualTo(published);
        assertThat(jdbc.sql("select count(*) from submission where idempotency_key = :key").param("key", key)
                .query(Long.class).single()).isZero();
    }
}
