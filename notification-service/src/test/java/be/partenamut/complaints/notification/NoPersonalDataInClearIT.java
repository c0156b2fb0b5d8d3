package be.partenamut.complaints.notification;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.localstack.infra.PlaintextScan;
import be.partenamut.complaints.localstack.infra.PostgresServer;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member's details reach the mail (opened in memory) and nowhere else: not one row of any table
 * of the service's database holds them, and no log line names them.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInClearIT extends NotificationIntegrationTest {

    @Test
    void keepsNothingOfTheMemberInClearInAnyTableNorInTheLogs(CapturedOutput output) throws Exception {
        String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String firstName = "Zoëlle" + marker;
        String lastName = "Vandermeulen" + marker;
        String address = "z.vandermeulen." + marker + "@example.be";
        String memberNumber = TestComplaints.newMemberNumber();
        String subject = "Facture hospitalière " + marker;
        String description = "Mon hospitalisation en cardiologie " + marker + " n'a pas été remboursée.";
        String answer = "Votre facture de cardiologie " + marker + " sera remboursée.";
        String recommendation = "Vérifier les factures de cardiologie " + marker + " à l'encodage.";
        ComplaintReceived received = TestComplaints.received(personalData, Language.FR, memberNumber, firstName,
                lastName, address, subject, description);
        // A second member, without email address: gets a letter, whose PDF names them.
        String letterName = "Barnabé" + marker;
        ComplaintReceived byLetter = TestComplaints.received(personalData, Language.FR, TestComplaints.newMemberNumber(),
                letterName, lastName, null, subject, description);

        publish(received);
        publish(TestComplaints.acknowledged(received));
        publish(TestComplaints.routed(received, "HEALTHCARE_REIMBURSEMENTS", null));
        publish(TestComplaints.firstLineAnswer(personalData, received, answer));
        publish(TestComplaints.recommendation(personalData, received, "HEALTHCARE_REIMBURSEMENTS", recommendation));
        publish(byLetter);
        publish(TestComplaints.acknowledged(byLetter));
        publish(TestComplaints.firstLineAnswer(personalData, byLetter, answer));

        MimeMessage mail = Mailbox.awaitMessagesTo(smtp, address, WAIT).get(0);
        awaitAllConsumed();
        assertThat(Mailbox.text(mail)).as("opened to write the mail").startsWith("Bonjour " + firstName + " " + lastName);
        List<String> texts = new java.util.ArrayList<>();
        for (MimeMessage sent : smtp.messagesTo(address)) {
            texts.add(Mailbox.text(sent));
        }
        assertThat(texts).as("the answer, opened to write it").anyMatch(text -> text.contains(answer));
        JsonNode listed = notificationsOf(received.complaintId());
        assertThat(listed.get(0).get("recipient").asText()).as("opened for staff").isEqualTo(address);
        JsonNode letters = notificationsOf(byLetter.complaintId());
        assertThat(letters).hasSize(2).allSatisfy(letter ->
                assertThat(letter.get("status").asText()).isEqualTo("QUEUED_FOR_PRINT"));

        String database = SharedInfrastructure.postgres().jdbcUrl("notification");
        Map<String, List<String>> rows = PlaintextScan.rows(database, PostgresServer.USER);
        assertThat(rows).containsKeys("public.recipient", "public.delivery", "public.processed_message",
                "public.complaint_file", "public.print_queue");
        assertThat(rows.get("public.recipient")).as("the scan reads this complaint's rows")
                .anyMatch(row -> row.contains(received.file().reference()) && row.contains(received.file().member().email().value()));
        assertThat(rows.get("public.delivery")).as("archived messages, sealed")
                .anyMatch(row -> row.contains(received.file().reference()) && row.contains("pd1."));
        assertThat(rows.get("public.complaint_file")).anyMatch(row -> row.contains(received.file().reference()));
        assertThat(rows.get("public.print_queue")).as("letters, sealed")
                .anyMatch(row -> row.contains(byLetter.file().reference()) && row.contains("pd1."));

        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("first name", firstName);
        secrets.put("last name", lastName);
        secrets.put("letter's first name", letterName);
        secrets.put("email", address);
        secrets.put("member number", memberNumber);
        secrets.put("subject", subject);
        secrets.put("description", description);
        secrets.put("answer", answer);
        secrets.put("recommendation", recommendation);
        secrets.put("marker", marker);
        secrets.put("any test address", "@example.be");
        assertThat(PlaintextScan.database(database, PostgresServer.USER, List.copyOf(secrets.values())))
                .as("personal data in clear in the database").isEmpty();

        secrets.remove("any test address");
        assertThat(output.getAll()).as("the logs, which did record the complaint").contains(received.file().reference())
                .doesNotContain(secrets.values());
    }
}
