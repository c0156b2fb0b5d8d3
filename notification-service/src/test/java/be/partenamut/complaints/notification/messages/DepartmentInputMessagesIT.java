package be.partenamut.complaints.notification.messages;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.notification.Mailbox;
import be.partenamut.complaints.notification.NotificationIntegrationTest;
import be.partenamut.complaints.notification.TestComplaints;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The complaints service asks a department for its input on an escalated complaint: the department's mailbox is
 * told, in French and Dutch, with the question and nothing of the member; the reply itself sends nothing (the
 * complaints service reads it on the complaint).
 */
class DepartmentInputMessagesIT extends NotificationIntegrationTest {

    private static final String HOME_CARE_MAILBOX = "soins-a-domicile@partenamut.be";
    private static final String QUESTION = "Le code de prestation a-t-il changé en mars ?";

    @Test
    void tellsTheDepartmentAskedOnceInFrenchAndDutchWithoutTheMembersData() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived received = TestComplaints.received(personalData, Language.NL, address);
        String reference = received.file().reference();
        UUID inputRequestId = UUID.randomUUID();

        publish(received);
        publish(TestComplaints.acknowledged(received));
        publish(TestComplaints.routed(received, "HEALTHCARE_REIMBURSEMENTS", null));
        publish(TestComplaints.firstLineAnswer(personalData, received, "Uw terugbetaling is uitgevoerd."));
        publish(TestComplaints.escalated(personalData, received, "Het bedrag klopt niet."));
        publish(TestComplaints.inputRequested(personalData, received, inputRequestId, "HOME_CARE", QUESTION));
        publish(TestComplaints.inputGiven(personalData, received, inputRequestId, "HOME_CARE", "Oui, depuis le 1er mars."));
        awaitAllConsumed();

        List<MimeMessage> asked = Mailbox.awaitMessagesTo(smtp, HOME_CARE_MAILBOX, reference, WAIT);
        assertThat(asked).singleElement().satisfies(mail -> {
            assertThat(Mailbox.subject(mail)).isEqualTo("Le service des plaintes demande l'avis de votre service – plainte "
                    + reference + " / De klachtendienst vraagt de inbreng van uw dienst – klacht " + reference);
            assertThat(Mailbox.text(mail)).contains(QUESTION, "demande l'avis du service HOME_CARE",
                            "vraagt de inbreng van de dienst HOME_CARE", reference, received.complaintId().toString())
                    .doesNotContain("Oui, depuis le 1er mars.", TestComplaints.firstName(Language.NL),
                            TestComplaints.lastName(Language.NL), address);
            assertThat(mail.getHeader("Content-Language")).containsExactly("fr, nl");
        });

        JsonNode notifications = notificationsOf(received.complaintId());
        List<JsonNode> inputRequests = new ArrayList<>();
        notifications.forEach(notification -> {
            if ("DEPARTMENT_INPUT_REQUEST".equals(notification.get("type").asText())) {
                inputRequests.add(notification);
            }
        });
        assertThat(inputRequests).singleElement().satisfies(notification -> {
            assertThat(notification.get("recipientKind").asText()).isEqualTo("STAFF");
            assertThat(notification.get("recipientId").asText()).isEqualTo("department:HOME_CARE");
            assertThat(notification.get("status").asText()).isEqualTo("SENT");
        });
    }
}
