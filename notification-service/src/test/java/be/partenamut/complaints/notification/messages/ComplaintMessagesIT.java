package be.partenamut.complaints.notification.messages;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.OralFirstLineContact;
import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.notification.Mailbox;
import be.partenamut.complaints.notification.NotificationIntegrationTest;
import be.partenamut.complaints.notification.TestComplaints;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complaint's whole life as the member and staff see it in their mailboxes: every promise of the
 * policy reaches the member once, in their language; every department hears what it must act on,
 * without the member's personal data.
 */
class ComplaintMessagesIT extends NotificationIntegrationTest {

    private static final String DEPARTMENT = "HEALTHCARE_REIMBURSEMENTS";
    private static final String DEPARTMENT_MAILBOX = "soins-de-sante@partenamut.be";
    private static final String COMPLAINTS_SERVICE = "plaintes@partenamut.be";
    private static final String HOME_CARE_MAILBOX = "soins-a-domicile@partenamut.be";

    @Test
    void tellsTheMemberAndStaffEverythingThePolicyPromisesOnceEach() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived received = TestComplaints.received(personalData, Language.FR, address);
        String reference = received.file().reference();

        publish(received);
        publish(TestComplaints.acknowledged(received));
        publish(TestComplaints.routed(received, DEPARTMENT, null));
        publish(TestComplaints.slaWarned(received, AnsweringLine.FIRST_LINE, TestComplaints.FIRST_LINE_DUE));
        publish(TestComplaints.slaWarned(received, AnsweringLine.FIRST_LINE, TestComplaints.FIRST_LINE_DUE));
        publish(TestComplaints.slaBreached(received, AnsweringLine.FIRST_LINE, TestComplaints.FIRST_LINE_DUE));
        publish(TestComplaints.firstLineAnswer(personalData, received, "Votre remboursement a été effectué le 20 novembre."));
        publish(TestComplaints.escalated(personalData, received, "Le montant est erroné."));
        publish(TestComplaints.slaWarned(received, AnsweringLine.COMPLAINTS_SERVICE, TestComplaints.COMPLAINTS_SERVICE_DUE));
        publish(TestComplaints.complaintsServiceAnswer(personalData, received, Outcome.PARTLY_FOUNDED,
                "Le solde de 12,40 € vous sera versé."));
        publish(TestComplaints.slaBreached(received, AnsweringLine.COMPLAINTS_SERVICE, TestComplaints.COMPLAINTS_SERVICE_DUE));
        publish(TestComplaints.recommendation(personalData, received, "HOME_CARE", "Vérifier le code de prestation à l'encodage."));
        awaitAllConsumed();

        // The member: five messages, in French, in the order of the complaint's life. No notice on a warning
        // (the complaints service answered in time after its warning); the first line's at its breach.
        List<MimeMessage> toMember = smtp.messagesTo(address);
        assertThat(toMember).extracting(Mailbox::subject).containsExactly(
                "Accusé de réception de votre plainte " + reference,
                "Votre plainte " + reference + " : notre réponse prendra plus de temps",
                "Réponse à votre plainte " + reference,
                "Le service des plaintes a bien reçu votre demande " + reference,
                "Résultat de l'analyse de votre plainte " + reference);
        assertThat(Mailbox.text(toMember.get(0))).contains("au plus tard le 9 décembre 2026");
        assertThat(Mailbox.text(toMember.get(1))).contains("au plus tard le 9 décembre 2026", "ce délai est dépassé",
                "Le service concerné poursuit l'examen de votre plainte");
        assertThat(Mailbox.text(toMember.get(2))).contains("Votre remboursement a été effectué le 20 novembre.",
                "plaintes@partenamut.be");
        assertThat(Mailbox.text(toMember.get(3))).contains("au plus tard le 15 janvier 2027", "21 jours ouvrables",
                "le traitement de votre dossier par le service des plaintes ne suspend pas les délais de recours "
                        + "contre la décision de la mutualité devant les tribunaux");
        assertThat(Mailbox.html(toMember.get(3))).contains("ne suspend pas les délais de recours contre la décision "
                + "de la mutualité devant les tribunaux");
        assertThat(Mailbox.text(toMember.get(4))).contains("il estime votre plainte partiellement fondée.",
                "Le solde de 12,40 € vous sera versé.",
                "le traitement de votre dossier par le service des plaintes ne suspend pas les délais de recours "
                        + "contre la décision de la mutualité devant les tribunaux");

        // Staff: the department in charge and the complaints service, in French and Dutch, nothing of the member.
        assertThat(subjects(DEPARTMENT_MAILBOX, reference)).containsExactly(
                "Nouvelle plainte " + reference + " dans la file " + DEPARTMENT + " / Nieuwe klacht " + reference
                        + " in de wachtrij " + DEPARTMENT,
                "Échéance proche : plainte " + reference + " à traiter au plus tard le 9 décembre 2026 / Termijn nadert: klacht "
                        + reference + " uiterlijk op 9 december 2026",
                "Échéance proche : plainte " + reference + " à traiter au plus tard le 9 décembre 2026 / Termijn nadert: klacht "
                        + reference + " uiterlijk op 9 december 2026",
                "Échéance dépassée : plainte " + reference + " (échéance du 9 décembre 2026) / Termijn overschreden: klacht "
                        + reference + " (termijn 9 december 2026)",
                "Échéance proche : plainte " + reference + " à traiter au plus tard le 15 janvier 2027 / Termijn nadert: klacht "
                        + reference + " uiterlijk op 15 januari 2027",
                "Échéance dépassée : plainte " + reference + " (échéance du 15 janvier 2027) / Termijn overschreden: klacht "
                        + reference + " (termijn 15 januari 2027)");
        assertThat(subjects(COMPLAINTS_SERVICE, reference)).hasSize(5).noneMatch(subject -> subject.startsWith("Nouvelle"));
        List<MimeMessage> recommendation = Mailbox.messagesTo(smtp, HOME_CARE_MAILBOX, reference);
        assertThat(recommendation).singleElement().satisfies(mail -> assertThat(Mailbox.text(mail))
                .contains("Vérifier le code de prestation à l'encodage.", "au service HOME_CARE", "aan de dienst HOME_CARE"));
        List<MimeMessage> toStaff = new ArrayList<>(Mailbox.messagesTo(smtp, DEPARTMENT_MAILBOX, reference));
        toStaff.addAll(Mailbox.messagesTo(smtp, COMPLAINTS_SERVICE, reference));
        toStaff.addAll(recommendation);
        for (MimeMessage mail : toStaff) {
            assertThat(Mailbox.text(mail)).contains(reference, received.complaintId().toString(), "Bonjour,", "Goedendag,")
                    .doesNotContain(TestComplaints.firstName(Language.FR), TestComplaints.lastName(Language.FR), address);
            assertThat(mail.getHeader("Content-Language")).containsExactly("fr, nl");
        }

        // The complaint's page: every message, its status and content; the timeline heard of each one.
        JsonNode notifications = notificationsOf(received.complaintId());
        assertThat(notifications).hasSize(17).allSatisfy(notification ->
                assertThat(notification.get("status").asText()).isEqualTo("SENT"));
        assertThat(countByType(notifications)).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                "ACKNOWLEDGEMENT", 1L, "COMPLAINTS_SERVICE_RESULT", 1L, "DELAY_NOTICE", 1L, "ESCALATION_RECEIVED", 1L,
                "FIRST_LINE_ANSWER", 1L, "NEW_COMPLAINT_IN_QUEUE", 1L, "RECOMMENDATION", 1L, "SLA_BREACH", 4L,
                "SLA_WARNING", 6L)));
        JsonNode result = findType(notifications, "COMPLAINTS_SERVICE_RESULT");
        assertThat(result.get("recipient").asText()).isEqualTo(address);
        JsonNode content = json.readTree(as("officer")
                .getForEntity(result.get("contentUrl").asText(), String.class).getBody());
        assertThat(content.get("subject").asText()).isEqualTo("Résultat de l'analyse de votre plainte " + reference);
        assertThat(content.get("text").asText()).isEqualTo(Mailbox.text(toMember.get(4)).replace("\r\n", "\n"));
        assertThat(content.get("html").asText()).contains("Le solde de 12,40 € vous sera versé.");
        assertThat(content.get("contentStatus").asText()).isEqualTo("READABLE");
        JsonNode staffMessage = findType(notifications, "RECOMMENDATION");
        assertThat(staffMessage.get("recipientKind").asText()).isEqualTo("STAFF");
        assertThat(staffMessage.get("recipientId").asText()).isEqualTo("department:HOME_CARE");
        assertThat(staffMessage.get("recipient").asText()).isEqualTo(HOME_CARE_MAILBOX);
        assertThat(staffMessage.get("language").isNull()).isTrue();

        List<JsonNode> statuses = awaitStatuses(received.complaintId(), 17);
        assertThat(statuses).hasSize(17).allSatisfy(status -> {
            assertThat(status.get("type").asText()).isEqualTo("DeliveryStatusChanged");
            assertThat(status.get("status").asText()).isEqualTo("SENT");
            assertThat(status.get("channel").asText()).isEqualTo("EMAIL");
            assertThat(status.at("/metadata/correlationId").asText()).isEqualTo(received.metadata().correlationId());
        });
        assertThat(statuses).extracting(status -> status.get("notificationId").asText()).doesNotHaveDuplicates();
        assertThat(statuses.stream().filter(status -> status.get("recipient").asText().equals("MEMBER"))).hasSize(5);
    }

    /**
     * A member who spoke to the Service Center orally, whose complaint an officer registered with its escalation at
     * once: no acknowledgement of receipt, the escalation's acknowledgement alone, appeal-deadline notice included.
     */
    @Test
    void acknowledgesAComplaintRegisteredWithItsEscalationAsAnEscalation() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived received = TestComplaints.received(personalData, Language.FR, address);
        String reference = received.file().reference();
        ComplaintEscalated escalated = TestComplaints.escalated(personalData, received, "Le Service Center n'a rien pu arranger.");

        publish(received);
        publish(new ComplaintEscalated(escalated.metadata(), escalated.reason(), escalated.escalationReceivedAt(),
                escalated.dueDate(), new OralFirstLineContact(LocalDate.parse("2026-11-30"),
                        OralFirstLineContact.Place.SERVICE_CENTER)));
        awaitAllConsumed();

        List<MimeMessage> toMember = smtp.messagesTo(address);
        assertThat(toMember).extracting(Mailbox::subject)
                .containsExactly("Le service des plaintes a bien reçu votre demande " + reference);
        assertThat(Mailbox.text(toMember.get(0))).contains("au plus tard le 15 janvier 2027", "21 jours ouvrables",
                "le traitement de votre dossier par le service des plaintes ne suspend pas les délais de recours "
                        + "contre la décision de la mutualité devant les tribunaux");
    }

    @Test
    void tellsTheDepartmentOfASuggestionMarkedAsSuch() throws Exception {
        ComplaintReceived received = TestComplaints.suggestion(
                TestComplaints.received(personalData, Language.NL, TestComplaints.newAddress()));
        String reference = received.file().reference();

        publish(received);
        publish(TestComplaints.acknowledged(received));
        publish(TestComplaints.routed(received, DEPARTMENT, null));
        awaitAllConsumed();

        assertThat(subjects(DEPARTMENT_MAILBOX, reference)).containsExactly(
                "Nouvelle suggestion " + reference + " dans la file " + DEPARTMENT + " / Nieuwe suggestie " + reference
                        + " in de wachtrij " + DEPARTMENT);
        MimeMessage mail = Mailbox.messagesTo(smtp, DEPARTMENT_MAILBOX, reference).get(0);
        assertThat(Mailbox.text(mail)).contains("Une nouvelle suggestion (sans délai de réponse) est arrivée",
                "Er is een nieuwe suggestie (zonder antwoordtermijn) binnengekomen")
                .doesNotContain("Réponse attendue", "Antwoord verwacht");
    }

    @Test
    void showsAMessagesContentToStaffWhoHandleComplaintsOnly() throws Exception {
        ComplaintReceived received = TestComplaints.received(personalData, Language.NL, TestComplaints.newAddress());
        publish(received);
        publish(TestComplaints.acknowledged(received));
        awaitAllConsumed();
        String contentUrl = notificationsOf(received.complaintId()).get(0).get("contentUrl").asText();

        ResponseEntity<String> analyst = as("analyst").getForEntity(contentUrl, String.class);
        ResponseEntity<String> agent = as("agent").getForEntity(contentUrl, String.class);
        ResponseEntity<String> unknown = as("agent")
                .getForEntity("/api/v1/notifications/" + java.util.UUID.randomUUID(), String.class);

        assertThat(analyst.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(agent.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(agent.getBody()).get("text").asText()).startsWith("Beste Sophie Peeters,");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(unknown.getBody()).get("type").asText()).endsWith("/notification-not-found");
    }

    private List<String> subjects(String mailbox, String reference) {
        return Mailbox.messagesTo(smtp, mailbox, reference).stream().map(Mailbox::subject).toList();
    }

    private static Map<String, Long> countByType(JsonNode notifications) {
        List<JsonNode> all = new ArrayList<>();
        notifications.forEach(all::add);
        return all.stream().collect(Collectors.groupingBy(notification -> notification.get("type").asText(), TreeMap::new,
                Collectors.counting()));
    }

    private static JsonNode findType(JsonNode notifications, String type) {
        for (JsonNode notification : notifications) {
            if (notification.get("type").asText().equals(type)) {
                return notification;
            }
        }
        throw new AssertionError("no " + type + " among " + notifications);
    }
}
