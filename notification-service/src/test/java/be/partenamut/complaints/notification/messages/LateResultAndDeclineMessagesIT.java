package be.partenamut.complaints.notification.messages;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.AppealDeadlineNotice;
import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.notification.Mailbox;
import be.partenamut.complaints.notification.NotificationIntegrationTest;
import be.partenamut.complaints.notification.TestComplaints;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the complaints service's 21 working days cannot be held, and when an officer declines a complaint: what the
 * member and the complaints service find in their mailboxes (a real SMTP server).
 */
class LateResultAndDeclineMessagesIT extends NotificationIntegrationTest {

    private static final String COMPLAINTS_SERVICE = "plaintes@partenamut.be";
    private static final LocalDate NEW_DATE = LocalDate.of(2027, 1, 29);

    @Test
    void aNearDeadlineWarnsTheComplaintsServiceAndNeverTheMember() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived received = escalatedComplaint(Language.FR, address);
        String reference = received.file().reference();

        publish(TestComplaints.slaWarned(received, AnsweringLine.COMPLAINTS_SERVICE, TestComplaints.COMPLAINTS_SERVICE_DUE));
        publish(TestComplaints.complaintsServiceAnswer(personalData, received, Outcome.FOUNDED,
                "Le remboursement complet vous sera versé."));
        awaitAllConsumed();

        List<MimeMessage> warning = Mailbox.awaitMessagesTo(smtp, COMPLAINTS_SERVICE,
                "Échéance proche : plainte " + reference, WAIT);
        assertThat(Mailbox.text(warning.get(0))).contains("Le membre n'est pas prévenu",
                "enregistrez dans l'office un message intermédiaire", "Het lid is niet verwittigd");
        List<MimeMessage> toMember = awaitMailsTo(address, 4);
        assertThat(toMember).extracting(Mailbox::subject).containsExactly(
                "Accusé de réception de votre plainte " + reference,
                "Réponse à votre plainte " + reference,
                "Le service des plaintes a bien reçu votre demande " + reference,
                "Résultat de l'analyse de votre plainte " + reference);
        assertThat(typesOf(received)).doesNotContain("DELAY_NOTICE", "INTERIM_MESSAGE");
    }

    @Test
    void anInterimMessageTellsTheMemberWhyAndWhenAndNoLateNoticeFollowsAtTheBreach() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived received = escalatedComplaint(Language.NL, address);
        String reference = received.file().reference();

        publish(TestComplaints.slaWarned(received, AnsweringLine.COMPLAINTS_SERVICE, TestComplaints.COMPLAINTS_SERVICE_DUE));
        publish(TestComplaints.interimMessage(personalData, received,
                "Wij wachten op het advies van de medische dienst over uw dossier.", NEW_DATE));
        publish(TestComplaints.slaBreached(received, AnsweringLine.COMPLAINTS_SERVICE, TestComplaints.COMPLAINTS_SERVICE_DUE));
        awaitAllConsumed();

        List<MimeMessage> toMember = awaitMailsTo(address, 4);
        MimeMessage interim = toMember.get(3);
        assertThat(Mailbox.subject(interim)).isEqualTo("Uw klacht " + reference
                + ": het resultaat van de klachtendienst volgt uiterlijk op 29 januari 2027");
        assertThat(Mailbox.text(interim)).contains(
                "Wij wachten op het advies van de medische dienst over uw dossier.",
                "(uiterlijk op 15 januari 2027)", "uiterlijk op 29 januari 2027", "excuses",
                AppealDeadlineNotice.in(Language.NL), "plaintes@partenamut.be", TestComplaints.firstName(Language.NL));
        assertThat(typesOf(received)).contains("INTERIM_MESSAGE", "SLA_BREACH").doesNotContain("DELAY_NOTICE");
        assertThat(smtp.messagesTo(address)).hasSize(4);
    }

    @Test
    void atABreachWithNoInterimMessageTheMemberIsToldTheResultIsLateWithAnApologyAndWhomToContact() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived received = escalatedComplaint(Language.DE, address);
        String reference = received.file().reference();

        publish(TestComplaints.slaWarned(received, AnsweringLine.COMPLAINTS_SERVICE, TestComplaints.COMPLAINTS_SERVICE_DUE));
        publish(TestComplaints.slaBreached(received, AnsweringLine.COMPLAINTS_SERVICE, TestComplaints.COMPLAINTS_SERVICE_DUE));
        awaitAllConsumed();

        List<MimeMessage> toMember = awaitMailsTo(address, 4);
        MimeMessage late = toMember.get(3);
        assertThat(Mailbox.subject(late)).isEqualTo("Ihre Beschwerde " + reference + ": Unsere Antwort verzögert sich");
        assertThat(Mailbox.text(late)).contains("15. Januar 2027", "diese Frist ist verstrichen",
                "bitten wir Sie aufrichtig um Entschuldigung", "plaintes@partenamut.be", "02 44 44 111",
                "Boulevard Louis Mettewie 74-76 – 1080 Brüssel", AppealDeadlineNotice.in(Language.DE))
                .doesNotContain("voraussichtlich");
        assertThat(typesOf(received)).containsOnlyOnce("DELAY_NOTICE");
    }

    @Test
    void aComplaintAboutAMedecinConseilDeclinedByAnOfficerSendsTheMemberToMloz() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived received = TestComplaints.received(personalData, Language.FR, address);
        String reference = received.file().reference();
        publish(received);
        publish(TestComplaints.acknowledged(received));
        publish(TestComplaints.routed(received, "HEALTHCARE_REIMBURSEMENTS", null));
        publish(TestComplaints.declined(personalData, received, DeclineReason.MEDICAL_ADVISOR,
                "Votre plainte porte sur la décision du médecin-conseil qui vous a examiné."));
        publish(TestComplaints.closed(received));
        awaitAllConsumed();

        List<MimeMessage> toMember = awaitMailsTo(address, 2);
        MimeMessage declined = toMember.get(1);
        assertThat(Mailbox.subject(declined)).isEqualTo("Votre plainte concernant un Médecin-Conseil (" + reference + ")");
        assertThat(Mailbox.text(declined)).contains("Après examen de votre plainte " + reference,
                "Votre plainte porte sur la décision du médecin-conseil qui vous a examiné.",
                "Service Plaintes", "MLOZ", "Route de Lennik 788/A", "1070 Bruxelles",
                "https://www.mloz.be/fr/content/vous-avez-une-plainte");
        assertThat(typesOf(received)).contains("COMPLAINT_DECLINED_MEDICAL_ADVISOR");
    }

    @Test
    void aComplaintOutOfScopeDeclinedByAnOfficerIsExplainedInTheMembersLanguage() throws Exception {
        String address = TestComplaints.newAddress();
        ComplaintReceived received = TestComplaints.received(personalData, Language.NL, address);
        String reference = received.file().reference();
        publish(received);
        publish(TestComplaints.acknowledged(received));
        publish(TestComplaints.declined(personalData, received, DeclineReason.NOT_ABOUT_OUR_SERVICES,
                "Uw klacht gaat over de facturatie van het ziekenhuis."));
        publish(TestComplaints.closed(received));
        awaitAllConsumed();

        List<MimeMessage> toMember = awaitMailsTo(address, 2);
        MimeMessage declined = toMember.get(1);
        assertThat(Mailbox.subject(declined)).isEqualTo("Uw verzoek kan niet als klacht worden behandeld (" + reference + ")");
        assertThat(Mailbox.text(declined)).contains("Na onderzoek van uw klacht " + reference,
                "Uw klacht gaat over de facturatie van het ziekenhuis.",
                "die Partenamut niet aanbiedt");
        assertThat(typesOf(received)).contains("COMPLAINT_DECLINED_OUT_OF_SCOPE");
    }

    /** Received, acknowledged, answered by the first line and escalated: the member has three mails. */
    private ComplaintReceived escalatedComplaint(Language language, String address) throws Exception {
        ComplaintReceived received = TestComplaints.received(personalData, language, address);
        publish(received);
        publish(TestComplaints.acknowledged(received));
        publish(TestComplaints.routed(received, "HEALTHCARE_REIMBURSEMENTS", null));
        publish(TestComplaints.firstLineAnswer(personalData, received, "Antwoord van de eerste lijn."));
        publish(TestComplaints.escalated(personalData, received, "Niet akkoord."));
        return received;
    }

    /** The member's mails once {@code count} arrived (sent from the delivery pool, so not at once). */
    private List<MimeMessage> awaitMailsTo(String address, int count) {
        return Awaitility.await(count + " mails to " + address).atMost(WAIT).pollInterval(Duration.ofMillis(250))
                .until(() -> smtp.messagesTo(address), mails -> mails.size() >= count);
    }

    /** The types of the messages about the complaint, as its delivery log lists them. */
    private List<String> typesOf(ComplaintReceived received) throws Exception {
        List<String> types = new ArrayList<>();
        for (JsonNode notification : notificationsOf(received.complaintId())) {
            types.add(notification.get("type").asText());
        }
        return types;
    }
}
