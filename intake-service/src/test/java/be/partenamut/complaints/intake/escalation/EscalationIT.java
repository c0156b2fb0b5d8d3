package be.partenamut.complaints.intake.escalation;

import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.intake.IntakeIntegrationTest;
import be.partenamut.complaints.intake.WebForms;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.workingdays.ServiceLevels;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A member still in disagreement after the first line's answer refers to the complaint's reference:
 * the complaints service takes it, its 21 working days counting from this receipt. Intake knows
 * whether the first line answered from the complaints office's events.
 */
class EscalationIT extends IntakeIntegrationTest {

    private static final String NOT_ESCALABLE = "https://complaints.partenamut.be/problems/not-escalable";

    @Autowired
    ServiceLevels serviceLevels;

    @Test
    void escalatesAnAnsweredComplaintToTheComplaintsServiceWhosePeriodStartsAtThisReceipt() {
        String member = anotherMemberNumber();
        Complaint complaint = submitted(member);
        officeRegistered(complaint);
        firstLineAnswered(complaint);
        long published = publishedSubmissions();
        String reason = "Le montant remboursé ne correspond pas à l'attestation " + UUID.randomUUID();

        ResponseEntity<String> response = post(escalation(member, complaint.reference(), "fr", reason));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode receipt = read(response.getBody());
        assertThat(receipt.get("complaintId").asText()).isEqualTo(complaint.id());
        assertThat(receipt.get("reference").asText()).isEqualTo(complaint.reference());
        assertThat(receipt.get("handledBy").asText()).isEqualTo("COMPLAINTS_SERVICE");
        Instant receivedAt = Instant.parse(receipt.get("receivedAt").asText());
        LocalDate dueDate = serviceLevels.complaintsServiceDueDate(receivedAt).dueDate();
        assertThat(LocalDate.parse(receipt.get("answerDueBy").asText())).isEqualTo(dueDate);
        assertThat(receipt.get("notice").asText()).contains("service des plaintes", "21 jours ouvrables",
                "ne suspend pas les délais de recours");

        List<TopicClient.Record> messages = messagesOf(complaint.id());
        assertThat(messages).hasSize(2);
        assertThat(publishedSubmissions()).isEqualTo(published + 1);
        JsonNode escalation = read(messages.get(1).value());
        assertThat(escalation.get("type").asText()).isEqualTo("EscalationRequested");
        assertThat(escalation.at("/metadata/complaintId").asText()).isEqualTo(complaint.id());
        assertThat(escalation.get("reference").asText()).isEqualTo(complaint.reference());
        assertThat(escalation.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(Instant.parse(escalation.get("receivedAt").asText())).isEqualTo(receivedAt);
        assertThat(LocalDate.parse(escalation.get("dueDate").asText())).isEqualTo(dueDate);
        assertThat(escalation.get("reason").asText()).startsWith("pd1.");
        assertThat(messages.get(1).value()).doesNotContain(reason, member);
        assertThat(open(complaint.id(), PersonalFields.ESCALATION_REASON, escalation.get("reason")).value()).isEqualTo(reason);
    }

    @Test
    void refusesASecondEscalationOfTheSameComplaint() {
        String member = anotherMemberNumber();
        Complaint complaint = submitted(member);
        officeRegistered(complaint);
        firstLineAnswered(complaint);
        assertThat(post(escalation(member, complaint.reference(), "nl", "Niet akkoord.")).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);

        JsonNode nl = notEscalable(escalation(member, complaint.reference(), "nl", "Nog steeds niet akkoord."),
                "already-escalated");
        JsonNode fr = notEscalable(escalation(member, complaint.reference(), "fr", "Toujours pas d'accord."),
                "already-escalated");

        assertThat(nl.get("detail").asText()).contains("al aan de klachtendienst bezorgd");
        assertThat(fr.get("detail").asText()).contains("déjà été transmise au service des plaintes");
        assertThat(messagesOf(complaint.id())).hasSize(2);
    }

    @Test
    void refusesAnEscalationTheOfficeRegisteredAlready() {
        String member = anotherMemberNumber();
        Complaint complaint = submitted(member);
        officeRegistered(complaint);
        firstLineAnswered(complaint);
        publishEvent(complaint, "ComplaintEscalated", Map.of("reason", "pd1.x", "escalationReceivedAt", Instant.now().toString()));
        awaitTracked(complaint, "escalated_at");

        notEscalable(escalation(member, complaint.reference(), "nl", "Niet akkoord."), "already-escalated");
    }

    @Test
    void refusesAnEscalationBeforeTheFirstLineAnsweredSayingItAnswersFirst() {
        String member = anotherMemberNumber();
        Complaint complaint = submitted(member);
        Complaint notYetRegistered = submitted(member);
        officeRegistered(complaint);

        JsonNode fr = notEscalable(escalation(member, complaint.reference(), "fr", "Pas d'accord."),
                "first-line-not-answered");
        JsonNode nl = notEscalable(escalation(member, complaint.reference(), "nl", "Niet akkoord."),
                "first-line-not-answered");
        notEscalable(escalation(member, notYetRegistered.reference(), "nl", "Niet akkoord."), "first-line-not-answered");

        // The member gets the current answer: the first line still has until its target date, written in their language.
        LocalDate firstLineDue = LocalDate.parse(complaint.message().at("/file/firstLineDueDate").asText());
        assertThat(fr.get("firstLineDueDate").asText()).isEqualTo(firstLineDue.toString());
        assertThat(fr.get("detail").asText()).contains("n’a pas encore répondu", "il a jusqu’au " + longDate(firstLineDue, "fr"));
        assertThat(nl.get("detail").asText()).contains("heeft nog niet op deze klacht geantwoord",
                "hij heeft tot " + longDate(firstLineDue, "nl"));
        JsonNode de = notEscalable(escalation(member, complaint.reference(), "de", "Nicht einverstanden."),
                "first-line-not-answered");
        assertThat(de.get("detail").asText()).contains("bis zum " + longDate(firstLineDue, "de"));
    }

    /**
     * The web form is a channel like the others: the member chooses "a disagreement" and quotes the reference. Before
     * the first line answered (and before its target date), the page says until when it has, in their language;
     * once it answered, the request goes to the complaints service with its period.
     */
    @Test
    void takesAnEscalationFromTheWebFormAndSaysUntilWhenTheFirstLineHasBeforeThat() {
        String member = anotherMemberNumber();
        Complaint complaint = submitted(member);
        officeRegistered(complaint);
        WebForms forms = new WebForms(http);
        Map<String, String> fields = WebForms.memberFields();
        fields.put("memberNumber", member);
        fields.put("kind", "ESCALATION");
        fields.put("reference", complaint.reference());
        fields.put("description", "Niet akkoord met het antwoord. " + UUID.randomUUID());
        WebForms.Page page = forms.open("?lang=nl");
        assertThat(page.html()).contains("<label for=\"kind-escalation\">een onenigheid", "id=\"reference\"");

        ResponseEntity<String> early = forms.submit(page, "?lang=nl", fields, true);

        LocalDate firstLineDue = LocalDate.parse(complaint.message().at("/file/firstLineDueDate").asText());
        assertThat(early.getStatusCode().value()).as(early.getBody()).isEqualTo(422);
        assertThat(early.getBody()).contains("id=\"error-summary\"", "hij heeft tot " + longDate(firstLineDue, "nl"));
        assertThat(messagesOf(complaint.id())).as("nothing sent to the complaints service").hasSize(1);

        firstLineAnswered(complaint);
        ResponseEntity<String> escalated = forms.submit(forms.open("?lang=nl"), "?lang=nl", fields, true);

        assertThat(escalated.getStatusCode()).as(escalated.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(escalated.getBody()).contains(complaint.reference(), "id=\"answer-due-by\"", "klachtendienst")
                .doesNotContain("Bewaar deze referentie");
        List<TopicClient.Record> messages = messagesOf(complaint.id());
        assertThat(messages).hasSize(2);
        JsonNode escalation = read(messages.get(1).value());
        assertThat(escalation.get("type").asText()).isEqualTo("EscalationRequested");
        assertThat(escalation.get("reference").asText()).isEqualTo(complaint.reference());
        assertThat(escalation.get("channel").asText()).isEqualTo("WEB_FORM");
    }

    @Test
    void escalatesAnUnansweredComplaintOnceTheFirstLinesTargetDateHasPassed() {
        String member = anotherMemberNumber();
        Complaint complaint = submitted(member);
        LocalDate today = LocalDate.now(serviceLevels.calendar().zone());
        officeRegistered(complaint, today.minusDays(1));

        ResponseEntity<String> response = post(escalation(member, complaint.reference(), "nl",
                "Geen antwoord gekregen " + UUID.randomUUID()));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(read(response.getBody()).get("handledBy").asText()).isEqualTo("COMPLAINTS_SERVICE");
        List<TopicClient.Record> messages = messagesOf(complaint.id());
        assertThat(messages).hasSize(2);
        assertThat(read(messages.get(1).value()).get("type").asText()).isEqualTo("EscalationRequested");
    }

    @Test
    void countsTheComplaintsServicesPeriodFromTheDateOfReceiptTheChannelGives() {
        String member = anotherMemberNumber();
        Complaint complaint = submitted(member);
        officeRegistered(complaint);
        firstLineAnswered(complaint);
        // A letter received this morning, keyed in later: the complaint itself arrived today too.
        OffsetDateTime letterReceived = LocalDate.now(serviceLevels.calendar().zone())
                .atStartOfDay(serviceLevels.calendar().zone()).toOffsetDateTime();
        Map<String, Object> body = escalation(member, complaint.reference(), "fr", "Courrier reçu ce matin.");
        body.put("receivedAt", letterReceived.toString());

        ResponseEntity<String> response = post(body);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode receipt = read(response.getBody());
        assertThat(Instant.parse(receipt.get("receivedAt").asText())).isEqualTo(letterReceived.toInstant());
        LocalDate due = serviceLevels.complaintsServiceDueDate(letterReceived.toInstant()).dueDate();
        assertThat(LocalDate.parse(receipt.get("answerDueBy").asText())).isEqualTo(due);
        JsonNode escalation = read(messagesOf(complaint.id()).get(1).value());
        assertThat(Instant.parse(escalation.get("receivedAt").asText())).isEqualTo(letterReceived.toInstant());
        assertThat(LocalDate.parse(escalation.get("dueDate").asText())).isEqualTo(due);
    }

    @Test
    void refusesADateOfReceiptInTheFutureOrBeforeTheComplaintItself() {
        String member = anotherMemberNumber();
        Complaint complaint = submitted(member);
        officeRegistered(complaint);
        firstLineAnswered(complaint);
        Map<String, Object> tomorrow = escalation(member, complaint.reference(), "nl", "Niet akkoord.");
        tomorrow.put("receivedAt", OffsetDateTime.now().plusDays(1).toString());
        Map<String, Object> beforeTheComplaint = escalation(member, complaint.reference(), "fr", "Pas d'accord.");
        beforeTheComplaint.put("receivedAt", OffsetDateTime.now().minusDays(3).toString());

        JsonNode future = invalidReceiptDate(tomorrow, "in-the-future");
        JsonNode before = invalidReceiptDate(beforeTheComplaint, "before-complaint");

        assertThat(future.get("detail").asText()).contains("kan niet in de toekomst liggen");
        assertThat(before.get("detail").asText()).contains("ne peut pas précéder la réception de la plainte");
        assertThat(messagesOf(complaint.id())).hasSize(1);
    }

    @Test
    void refusesToEscalateASuggestionEvenOnceAnswered() {
        String member = anotherMemberNumber();
        ResponseEntity<String> response = post(with(with(complaint(), "memberNumber", member), "kind", "SUGGESTION"));
        JsonNode receipt = read(response.getBody());
        String id = receipt.get("complaintId").asText();
        Complaint suggestion = new Complaint(id, receipt.get("reference").asText(), read(messagesOf(id).get(0).value()));
        officeRegistered(suggestion);
        firstLineAnswered(suggestion);

        JsonNode fr = notEscalable(escalation(member, suggestion.reference(), "fr", "Pas d'accord."), "suggestion");
        JsonNode de = notEscalable(escalation(member, suggestion.reference(), "de", "Nicht einverstanden."), "suggestion");

        assertThat(fr.get("detail").asText()).contains("Cette référence est celle d’une suggestion");
        assertThat(de.get("detail").asText()).contains("Ein Vorschlag wird nicht an den Beschwerdedienst weitergeleitet");
        assertThat(jdbc.sql("select kind from tracked_complaint where complaint_id = :id")
                .param("id", UUID.fromString(id)).query(String.class).single()).isEqualTo("SUGGESTION");
    }

    @Test
    void refusesAnotherMembersComplaintAsIfTheReferenceDidNotExist() {
        String member = anotherMemberNumber();
        Complaint complaint = submitted(member);
        officeRegistered(complaint);
        firstLineAnswered(complaint);
        String someoneElse = anotherMemberNumber();
        post(with(complaint(), "memberNumber", someoneElse)); // known to the vault too

        JsonNode notTheirs = notEscalable(escalation(someoneElse, complaint.reference(), "fr", "Pas d'accord."),
                "unknown-reference");
        JsonNode unknown = notEscalable(escalation(member, "PL-1999-999999", "fr", "Pas d'accord."), "unknown-reference");
        JsonNode nl = notEscalable(escalation(member, "PL-1999-999999", "nl", "Niet akkoord."), "unknown-reference");

        assertThat(notTheirs.get("detail").asText()).isEqualTo(unknown.get("detail").asText())
                .contains("Nous ne trouvons aucune plainte à votre nom sous cette référence");
        assertThat(nl.get("detail").asText()).contains("Wij vinden geen klacht op uw naam met deze referentie");
    }

    @Test
    void answersARepeatedEscalationWithTheSameReceipt() {
        String member = anotherMemberNumber();
        Complaint complaint = submitted(member);
        officeRegistered(complaint);
        firstLineAnswered(complaint);
        Map<String, Object> body = escalation(member, complaint.reference(), "de", "Nicht einverstanden.");
        String key = UUID.randomUUID().toString();

        ResponseEntity<String> first = post(body, key, null);
        ResponseEntity<String> again = post(body, key, null);
        ResponseEntity<String> reused = post(with(body, "description", "Etwas anderes."), key, null);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(read(again.getBody())).isEqualTo(read(first.getBody()));
        assertThat(read(first.getBody()).get("notice").asText()).contains("Beschwerdedienst", "21 Werktagen");
        assertThat(read(reused.getBody()).get("type").asText()).endsWith("/idempotency-key-reused");
        assertThat(messagesOf(complaint.id())).hasSize(2);
    }

    // --- helpers ----------------------------------------------------------------------------------------

    private record Complaint(String id, String reference, JsonNode message) {
    }

    private Complaint submitted(String member) {
        ResponseEntity<String> response = post(with(complaint(), "memberNumber", member));
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode receipt = read(response.getBody());
        String id = receipt.get("complaintId").asText();
        return new Complaint(id, receipt.get("reference").asText(), read(messagesOf(id).get(0).value()));
    }

    /** The complaints office registered the complaint: its ComplaintReceived, as the office publishes it. */
    private void officeRegistered(Complaint complaint) {
        officeRegistered(complaint, null);
    }

    /** @param firstLineDueDate the first line's target date its file states, or null for the one intake gave */
    private void officeRegistered(Complaint complaint, LocalDate firstLineDueDate) {
        ObjectNode received = complaint.message().deepCopy();
        if (firstLineDueDate != null) {
            ((ObjectNode) received.get("file")).put("firstLineDueDate", firstLineDueDate.toString());
        }
        received.put("type", "ComplaintReceived");
        received.set("metadata", metadata(complaint));
        topics.send(Topics.EVENTS, complaint.id(), write(received));
        awaitTracked(complaint, "received_at");
    }

    private void firstLineAnswered(Complaint complaint) {
        publishEvent(complaint, "ComplaintAnswered", Map.of("line", "FIRST_LINE", "answer", "pd1.answer"));
        awaitTracked(complaint, "first_line_answered_at");
    }

    private void publishEvent(Complaint complaint, String type, Map<String, Object> fields) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("metadata", metadata(complaint));
        event.putAll(fields);
        topics.send(Topics.EVENTS, complaint.id(), write(event));
    }

    private JsonNode metadata(Complaint complaint) {
        return read(write(Map.of("messageId", UUID.randomUUID().toString(), "complaintId", complaint.id(),
                "occurredAt", Instant.now().toString(), "schemaVersion", 3, "correlationId", "office-" + complaint.id())));
    }

    /** Waits until intake recorded the office's event, in {@code column} of what it tracks of the complaint. */
    private void awaitTracked(Complaint complaint, String column) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(jdbc.sql(
                        "select count(*) from tracked_complaint where complaint_id = :id and " + column + " is not null")
                .param("id", UUID.fromString(complaint.id())).query(Long.class).single())
                .as("intake saw %s of complaint %s", column, complaint.id()).isPositive());
    }

    private static Map<String, Object> escalation(String member, String reference, String language, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "EMAIL");
        body.put("memberNumber", member);
        body.put("firstName", "Sophie");
        body.put("lastName", "Peeters");
        body.put("email", "sophie.peeters@example.be");
        body.put("language", language);
        body.put("addressee", "COMPLAINTS_SERVICE");
        body.put("reference", reference);
        body.put("description", reason);
        return body;
    }

    private static String longDate(LocalDate date, String language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.forLanguageTag(language)).format(date);
    }

    private JsonNode invalidReceiptDate(Map<String, Object> body, String reason) {
        long escalations = storedEscalations();
        ResponseEntity<String> response = post(body);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode problem = read(response.getBody());
        assertThat(problem.get("type").asText()).isEqualTo("https://complaints.partenamut.be/problems/invalid-receipt-date");
        assertThat(problem.get("reason").asText()).isEqualTo(reason);
        assertThat(storedEscalations()).isEqualTo(escalations);
        return problem;
    }

    private JsonNode notEscalable(Map<String, Object> body, String reason) {
        long escalations = storedEscalations();
        long published = publishedSubmissions();

        ResponseEntity<String> response = post(body);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode problem = read(response.getBody());
        assertThat(problem.get("type").asText()).isEqualTo(NOT_ESCALABLE);
        assertThat(problem.get("reason").asText()).isEqualTo(reason);
        assertThat(storedEscalations()).isEqualTo(escalations);
        assertThat(publishedSubmissions()).isEqualTo(published);
        return problem;
    }
}
