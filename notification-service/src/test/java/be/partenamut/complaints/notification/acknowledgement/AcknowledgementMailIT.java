package be.partenamut.complaints.notification.acknowledgement;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.notification.Mailbox;
import be.partenamut.complaints.notification.NotificationIntegrationTest;
import be.partenamut.complaints.notification.TestComplaints;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AcknowledgementMailIT extends NotificationIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nl | Ontvangstbevestiging van uw klacht   | doorgestuurd naar de betrokken dienst    | Beste Sophie Peeters,     | uiterlijk op 9 december 2026",
            "fr | Accusé de réception de votre plainte | transmise au service concerné            | Bonjour Hélène Dubois,    | au plus tard le 9 décembre 2026",
            "de | Eingangsbestätigung Ihrer Beschwerde | an den zuständigen Dienst weitergeleitet | Guten Tag Jürgen Schmitz, | spätestens am 9. Dezember 2026"})
    void acknowledgesTheComplaintOnceInTheMembersLanguage(String code, String subject, String phrase, String greeting,
                                                          String dueDate) throws Exception {
        Language language = Language.fromCode(code);
        String address = TestComplaints.newAddress();
        ComplaintReceived received = TestComplaints.received(personalData, language, address);
        double sentBefore = sent(language);

        publish(received);
        publish(TestComplaints.acknowledged(received));

        List<MimeMessage> mails = Mailbox.awaitMessagesTo(smtp, address, WAIT);
        awaitAllConsumed();
        assertThat(smtp.messagesTo(address)).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo(subject + " " + received.file().reference());
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("Partenamut <plaintes@partenamut.be>");
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString).containsExactly(address);
        assertThat(mail.getHeader("Content-Language")).containsExactly(code);
        assertThat(Mailbox.text(mail)).startsWith(greeting).contains(received.file().reference(), phrase, dueDate, "Partenamut");
        assertThat(Mailbox.html(mail)).contains(received.file().reference(), phrase, "<strong>" + dueDate.replaceAll("^\\D*", "") + "</strong>");

        JsonNode notifications = notificationsOf(received.complaintId());
        assertThat(notifications).hasSize(1);
        JsonNode notification = notifications.get(0);
        assertThat(notification.get("complaintId").asText()).isEqualTo(received.complaintId().toString());
        assertThat(notification.get("type").asText()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(notification.get("language").asText()).isEqualTo(code);
        assertThat(notification.get("recipient").asText()).isEqualTo(address);
        assertThat(notification.get("recipientStatus").asText()).isEqualTo("READABLE");
        assertThat(notification.get("subject").asText()).isEqualTo(mail.getSubject());
        assertThat(notification.get("status").asText()).isEqualTo("SENT");
        assertThat(notification.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(notification.get("recipientKind").asText()).isEqualTo("MEMBER");
        assertThat(Instant.parse(notification.get("sentAt").asText())).isBefore(Instant.now());
        assertThat(mail.getMessageID()).contains(notification.get("notificationId").asText());
        assertThat(sent(language)).isEqualTo(sentBefore + 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "nl | Ontvangstbevestiging van uw suggestie   | Een suggestie is geen klacht: er geldt geen antwoordtermijn.       | Beste Sophie Peeters,",
            "fr | Accusé de réception de votre suggestion | Une suggestion n'est pas une plainte : aucun délai de réponse ne s'applique. | Bonjour Hélène Dubois,",
            "de | Eingangsbestätigung Ihres Vorschlags    | Ein Vorschlag ist keine Beschwerde: Es gilt keine Antwortfrist.    | Guten Tag Jürgen Schmitz,"})
    void acknowledgesASuggestionAsSuchWithoutAnswerDeadlineNorAppeal(String code, String subject, String phrase,
                                                                    String greeting) throws Exception {
        Language language = Language.fromCode(code);
        String address = TestComplaints.newAddress();
        ComplaintReceived received = TestComplaints.suggestion(TestComplaints.received(personalData, language, address));

        publish(received);
        publish(TestComplaints.acknowledged(received));

        List<MimeMessage> mails = Mailbox.awaitMessagesTo(smtp, address, WAIT);
        awaitAllConsumed();
        assertThat(smtp.messagesTo(address)).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo(subject + " " + received.file().reference());
        assertThat(Mailbox.text(mail)).startsWith(greeting).contains(received.file().reference(), phrase)
                // No answer date, and nothing of the complaints service or its 21 working days: no appeal.
                .doesNotContain("décembre", "december", "Dezember", "21 jours", "21 werkdagen", "21 Werktagen",
                        "plaintes@partenamut.be");
        JsonNode notifications = notificationsOf(received.complaintId());
        assertThat(notifications).singleElement().satisfies(notification ->
                assertThat(notification.get("type").asText()).isEqualTo("SUGGESTION_ACKNOWLEDGEMENT"));
    }

    @Test
    void sendsNothingTwiceWhenTheEventsAreDeliveredAgain() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived received = TestComplaints.received(personalData, Language.NL, address);
        ComplaintAcknowledged acknowledged = TestComplaints.acknowledged(received);
        publish(received);
        publish(acknowledged);
        Mailbox.awaitMessagesTo(smtp, address, WAIT);

        publish(received);
        publish(acknowledged);
        awaitAllConsumed();

        assertThat(smtp.messagesTo(address)).hasSize(1);
        JsonNode notifications = notificationsOf(received.complaintId());
        assertThat(notifications).hasSize(1);
        assertThat(notifications.get(0).get("status").asText()).isEqualTo("SENT");
    }

    @Test
    void writesALetterInsteadOfAMailToAMemberWithoutEmailAddress() throws Exception {
        ComplaintReceived received = TestComplaints.received(personalData, Language.FR, null);
        double queuedBefore = meters.counter("notifications.letters.queued", "type", "ACKNOWLEDGEMENT", "language", "fr")
                .count();

        publish(received);
        publish(TestComplaints.acknowledged(received));
        awaitAllConsumed();

        assertThat(meters.counter("notifications.letters.queued", "type", "ACKNOWLEDGEMENT", "language", "fr").count())
                .isEqualTo(queuedBefore + 1);
        assertThat(smtp.receivedMessages()).noneMatch(mail -> Mailbox.subject(mail).contains(received.file().reference()));
        JsonNode notifications = notificationsOf(received.complaintId());
        assertThat(notifications).singleElement().satisfies(letter -> {
            assertThat(letter.get("type").asText()).isEqualTo("ACKNOWLEDGEMENT");
            assertThat(letter.get("channel").asText()).isEqualTo("LETTER");
            assertThat(letter.get("status").asText()).isEqualTo("QUEUED_FOR_PRINT");
            assertThat(letter.get("recipient").isNull()).isTrue();
            assertThat(letter.get("letterUrl").asText()).endsWith("/pdf");
        });
    }

    private double sent(Language language) {
        return meters.counter("notifications.sent", "type", "ACKNOWLEDGEMENT", "language", language.code()).count();
    }
}
