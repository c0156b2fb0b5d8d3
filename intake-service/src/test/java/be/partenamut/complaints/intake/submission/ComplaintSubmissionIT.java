package be.partenamut.complaints.intake.submission;

import be.partenamut.complaints.contracts.HeaderNames;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.intake.IntakeIntegrationTest;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.personaldata.Opened;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintSubmissionIT extends IntakeIntegrationTest {

    private static final Pattern REFERENCE = Pattern.compile("PL-(\\d{4})-(\\d{6})");

    @Test
    void acceptsAWebFormComplaintAndHandsItToTheComplaintsOffice() {
        Map<String, Object> form = complaint();
        String correlationId = "it-" + UUID.randomUUID();
        long stored = storedSubmissions();
        long published = publishedSubmissions();

        ResponseEntity<String> response = post(form, null, correlationId);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode receipt = read(response.getBody());
        String complaintId = receipt.get("complaintId").asText();
        assertThat(UUID.fromString(complaintId)).isNotNull();
        assertThat(receipt.get("reference").asText()).matches(REFERENCE);
        Instant receivedAt = Instant.parse(receipt.get("receivedAt").asText());
        assertThat(receivedAt).isBetween(Instant.now().minusSeconds(60), Instant.now());

        List<TopicClient.Record> messages = messagesOf(complaintId);
        assertThat(messages).hasSize(1);
        assertThat(publishedSubmissions()).isEqualTo(published + 1);
        assertThat(storedSubmissions()).isEqualTo(stored + 1);

        TopicClient.Record record = messages.get(0);
        JsonNode message = read(record.value());
        assertThat(message.get("type").asText()).isEqualTo("ComplaintSubmitted");
        JsonNode metadata = message.get("metadata");
        assertThat(metadata.get("complaintId").asText()).isEqualTo(complaintId);
        assertThat(UUID.fromString(metadata.get("messageId").asText())).isNotNull();
        assertThat(Instant.parse(metadata.get("occurredAt").asText())).isEqualTo(receivedAt);
        assertThat(metadata.get("schemaVersion").asInt()).isEqualTo(3);
        assertThat(metadata.get("correlationId").asText()).isEqualTo(correlationId);
        assertThat(metadata.get("causationId").isNull()).isTrue();
        assertThat(message.at("/file/reference").asText()).isEqualTo(receipt.get("reference").asText());
        assertThat(message.at("/file/channel").asText()).isEqualTo("EMAIL");
        JsonNode member = message.at("/file/member");
        assertThat(UUID.fromString(member.get("dataSubjectId").asText())).isNotNull();
        assertThat(member.get("language").asText()).isEqualTo("nl");
        assertThat(message.at("/file/category").asText()).isEqualTo("REIMBURSEMENT");
        // Every personal field travels sealed, and opens with the complaint's key to exactly what was posted.
        Map<String, JsonNode> sealed = Map.of(
                PersonalFields.MEMBER_NUMBER, member.get("memberNumber"),
                PersonalFields.FIRST_NAME, member.get("firstName"),
                PersonalFields.LAST_NAME, member.get("lastName"),
                PersonalFields.EMAIL, member.get("email"),
                PersonalFields.SUBJECT, message.at("/file/subject"),
                PersonalFields.DESCRIPTION, message.at("/file/description"));
        Map<String, Object> posted = Map.of(
                PersonalFields.MEMBER_NUMBER, form.get("memberNumber"),
                PersonalFields.FIRST_NAME, form.get("firstName"),
                PersonalFields.LAST_NAME, form.get("lastName"),
                PersonalFields.EMAIL, form.get("email"),
                PersonalFields.SUBJECT, form.get("subject"),
                PersonalFields.DESCRIPTION, form.get("description"));
        sealed.forEach((field, value) -> {
            assertThat(value.asText()).as(field).startsWith("pd1.").doesNotContain((String) posted.get(field));
            Opened opened = open(complaintId, field, value);
            assertThat(opened.isReadable()).as(field).isTrue();
            assertThat(opened.value()).as(field).isEqualTo(posted.get(field));
        });
        assertThat(record.value()).doesNotContain("100000001", "Sophie", "Peeters", "sophie.peeters@example.be",
                (String) form.get("subject"), (String) form.get("description"));
        assertThat(Instant.parse(message.at("/file/receivedAt").asText())).isEqualTo(receivedAt);
        assertThat(record.headers())
                .containsEntry(HeaderNames.MESSAGE_ID, metadata.get("messageId").asText())
                .containsEntry(HeaderNames.CORRELATION_ID, correlationId)
                .containsEntry(HeaderNames.MESSAGE_TYPE, "ComplaintSubmitted");
    }

    @Test
    void passesTheProductAndTheAgencyTheChannelKnowsToRouting() {
        Map<String, Object> counter = with(with(with(complaint(), "channel", "AGENCY"), "product", "HOSPITALISATION_PLUS"),
                "agency", "AGENCY-1080-MOLENBEEK");

        ResponseEntity<String> accepted = post(counter);
        ResponseEntity<String> badProduct = post(with(complaint(), "product", "hospi plus <b>"));

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode message = read(messagesOf(read(accepted.getBody()).get("complaintId").asText()).get(0).value());
        assertThat(message.at("/file/product").asText()).isEqualTo("HOSPITALISATION_PLUS");
        assertThat(message.at("/file/agency").asText()).isEqualTo("AGENCY-1080-MOLENBEEK");
        assertThat(badProduct.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(read(badProduct.getBody()).get("errors").get(0).get("field").asText()).isEqualTo("product");
    }

    @Test
    void acceptsAPhoneComplaintWithoutAnEmailAddress() {
        Map<String, Object> call = with(with(with(complaint(), "channel", "PHONE"), "email", null), "language", "fr");

        ResponseEntity<String> response = post(call);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String complaintId = read(response.getBody()).get("complaintId").asText();
        JsonNode message = read(messagesOf(complaintId).get(0).value());
        assertThat(message.at("/file/channel").asText()).isEqualTo("PHONE");
        assertThat(message.at("/file/member/email").isNull()).isTrue();
        assertThat(open(complaintId, PersonalFields.EMAIL, message.at("/file/member/email")).status())
                .isEqualTo(Opened.Readability.ABSENT);
        assertThat(message.at("/file/member/language").asText()).isEqualTo("fr");
    }

    @Test
    void namesTheSameDataSubjectForEveryComplaintOfOneMember() {
        String memberNumber = anotherMemberNumber();

        JsonNode first = publishedMessage(post(with(complaint(), "memberNumber", memberNumber)));
        JsonNode second = publishedMessage(post(with(with(complaint(), "memberNumber", memberNumber), "channel", "LETTER")));
        JsonNode otherMember = publishedMessage(post(with(complaint(), "memberNumber", anotherMemberNumber())));

        String subject = first.at("/file/member/dataSubjectId").asText();
        assertThat(UUID.fromString(subject)).isNotNull();
        assertThat(second.at("/file/member/dataSubjectId").asText()).isEqualTo(subject);
        assertThat(otherMember.at("/file/member/dataSubjectId").asText()).isNotEqualTo(subject);
        // One member, one key; but each complaint is sealed under its own key.
        assertThat(first.at("/metadata/complaintId").asText()).isNotEqualTo(second.at("/metadata/complaintId").asText());
        assertThat(open(second.at("/metadata/complaintId").asText(), PersonalFields.MEMBER_NUMBER,
                first.at("/file/member/memberNumber")).status()).isEqualTo(Opened.Readability.UNREADABLE);
    }

    @Test
    void answersARepeatOfAnErasedMembersComplaintWithItsReceiptWithoutRegisteringItAgain() {
        Map<String, Object> form = with(complaint(), "memberNumber", anotherMemberNumber());
        String key = UUID.randomUUID().toString();
        ResponseEntity<String> first = post(form, key, null);
        String complaintId = read(first.getBody()).get("complaintId").asText();
        JsonNode message = publishedMessage(first);
        personalData.vault().erase(UUID.fromString(message.at("/file/member/dataSubjectId").asText()), "test");
        long stored = storedSubmissions();
        long published = publishedSubmissions();

        // The content can no longer be compared: with the same or another body, the key names the complaint.
        ResponseEntity<String> same = post(form, key, null);
        ResponseEntity<String> other = post(with(form, "subject", "Another complaint"), key, null);

        assertThat(same.getStatusCode()).as(same.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(read(same.getBody())).isEqualTo(read(first.getBody()));
        assertThat(other.getStatusCode()).as(other.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(read(other.getBody())).isEqualTo(read(first.getBody()));
        assertThat(storedSubmissions()).isEqualTo(stored);
        assertThat(publishedSubmissions()).isEqualTo(published);
        assertThat(messagesOf(complaintId)).hasSize(1);
        assertThat(open(complaintId, PersonalFields.DESCRIPTION, message.at("/file/description")).status())
                .isEqualTo(Opened.Readability.ERASED);
    }

    @Test
    void givesEachComplaintTheNextReferenceOfTheYear() {
        String first = read(post(complaint()).getBody()).get("reference").asText();
        String second = read(post(with(complaint(), "channel", "LETTER")).getBody()).get("reference").asText();

        Matcher firstParts = REFERENCE.matcher(first);
        Matcher secondParts = REFERENCE.matcher(second);
        assertThat(firstParts.matches()).as(first).isTrue();
        assertThat(secondParts.matches()).as(second).isTrue();
        String thisYear = String.valueOf(Year.now(ZoneId.of("Europe/Brussels")).getValue());
        assertThat(firstParts.group(1)).isEqualTo(thisYear);
        assertThat(secondParts.group(1)).isEqualTo(thisYear);
        assertThat(Integer.parseInt(secondParts.group(2))).isEqualTo(Integer.parseInt(firstParts.group(2)) + 1);
    }

    @Test
    void answersARepeatedSubmissionWithTheSameComplaintAndPublishesItOnce() {
        Map<String, Object> form = complaint();
        String key = UUID.randomUUID().toString();
        long stored = storedSubmissions();
        long published = publishedSubmissions();

        ResponseEntity<String> first = post(form, key, null);
        ResponseEntity<String> again = post(form, key, null);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(read(again.getBody())).isEqualTo(read(first.getBody()));
        assertThat(messagesOf(read(first.getBody()).get("complaintId").asText())).hasSize(1);
        assertThat(storedSubmissions()).isEqualTo(stored + 1);
        assertThat(publishedSubmissions()).isEqualTo(published + 1);
    }

    @Test
    void treatsTheSameContentWithOtherSpacingAndFieldOrderAsARepeat() {
        Map<String, Object> form = complaint();
        String key = UUID.randomUUID().toString();
        ResponseEntity<String> first = post(form, key, null);
        StringBuilder reordered = new StringBuilder("{\n");
        List<String> fields = new ArrayList<>(form.keySet());
        java.util.Collections.reverse(fields);
        for (String field : fields) {
            reordered.append("  ").append(write(field)).append(" : ").append(write(form.get(field))).append(",\n");
        }
        reordered.setLength(reordered.length() - 2);
        reordered.append("\n}");

        ResponseEntity<String> again = post(reordered.toString(), key, null);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(read(again.getBody())).isEqualTo(read(first.getBody()));
    }

    @Test
    void refusesAKeyReusedForAnotherComplaint() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> form = complaint();
        ResponseEntity<String> first = post(form, key, null);
        // The relay publishes the first one after the answer: counted once it is on the topic.
        messagesOf(read(first.getBody()).get("complaintId").asText());
        long stored = storedSubmissions();
        long published = publishedSubmissions();

        ResponseEntity<String> reused = post(with(form, "subject", "Another complaint"), key, null);

        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(reused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(read(reused.getBody()).get("type").asText())
                .isEqualTo("https://complaints.partenamut.be/problems/idempotency-key-reused");
        assertThat(storedSubmissions()).isEqualTo(stored);
        assertThat(publishedSubmissions()).isEqualTo(published);
        assertThat(messagesOf(read(first.getBody()).get("complaintId").asText())).hasSize(1);
    }

    @Test
    void registersConcurrentRepeatsOfOneSubmissionOnce() throws Exception {
        Map<String, Object> form = complaint();
        String key = UUID.randomUUID().toString();
        long stored = storedSubmissions();
        long published = publishedSubmissions();
        int callers = 6;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<ResponseEntity<String>>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < callers; i++) {
                Callable<ResponseEntity<String>> call = () -> {
                    start.await();
                    return post(form, key, null);
                };
                responses.add(pool.submit(call));
            }
            start.countDown();
            List<JsonNode> receipts = new ArrayList<>();
            for (Future<ResponseEntity<String>> response : responses) {
                ResponseEntity<String> answer = response.get(60, TimeUnit.SECONDS);
                assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.ACCEPTED);
                receipts.add(read(answer.getBody()));
            }
            assertThat(receipts).allSatisfy(receipt -> assertThat(receipt).isEqualTo(receipts.get(0)));
            assertThat(messagesOf(receipts.get(0).get("complaintId").asText())).hasSize(1);
            assertThat(storedSubmissions()).isEqualTo(stored + 1);
            assertThat(publishedSubmissions()).isEqualTo(published + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesAnIdempotencyKeyLongerThanAHundredCharacters() {
        long stored = storedSubmissions();

        ResponseEntity<String> response = post(complaint(), "k".repeat(101), null);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(read(response.getBody()).at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
        assertThat(storedSubmissions()).isEqualTo(stored);
    }

    @Test
    void countsAcceptedAndRefusedSubmissionsForOperations() {
        double acceptedByAgency = counter("complaints_submissions_accepted_total", "channel=\"AGENCY\"");
        double refusedAsInvalid = counter("complaints_submissions_refused_total", "reason=\"validation-failed\"");

        post(with(complaint(), "channel", "AGENCY"));
        post(with(complaint(), "memberNumber", "12"));

        assertThat(counter("complaints_submissions_accepted_total", "channel=\"AGENCY\"")).isEqualTo(acceptedByAgency + 1);
        assertThat(counter("complaints_submissions_refused_total", "reason=\"validation-failed\""))
                .isEqualTo(refusedAsInvalid + 1);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void keepsTheMembersDataOutOfTheLogs(CapturedOutput output) {
        Map<String, Object> form = with(with(with(with(complaint(), "firstName", "Zoltan-" + UUID.randomUUID()),
                "lastName", "Quistwater"), "email", "zq." + UUID.randomUUID() + "@example.be"),
                "memberNumber", anotherMemberNumber());

        ResponseEntity<String> response = post(form);

        String reference = read(response.getBody()).get("reference").asText();
        assertThat(output.getOut()).contains(reference);
        assertThat(output.getAll()).doesNotContain((String) form.get("memberNumber"), (String) form.get("firstName"),
                "Quistwater", (String) form.get("email"), (String) form.get("description"),
                (String) form.get("subject"));
    }

    private JsonNode publishedMessage(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        List<TopicClient.Record> messages = messagesOf(read(response.getBody()).get("complaintId").asText());
        assertThat(messages).hasSize(1);
        return read(messages.get(0).value());
    }

    private double counter(String name, String tag) {
        String scrape = http.getForObject("/actuator/prometheus", String.class);
        return scrape.lines()
                .filter(line -> line.startsWith(name + "{") && line.contains(tag))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " with " + tag + " in\n" + scrape));
    }
}
