package be.partenamut.complaints.notification;

import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member's details reach the mail (opened in memory) and nowhere else: not one row of any table
 * of the service's database holds them, and no log line names them.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoPersonalDataInClearIT extends NotificationIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void keepsNothingOfTheMemberInClearInAnyTableNorInTheLogs(CapturedOutput output) throws Exception {
        String marker = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String firstName = "Zoëlle" + marker;
        String lastName = "Vandermeulen" + marker;
        String address = "z.vandermeulen." + marker + "@example.be";
        String memberNumber = TestComplaints.newMemberNumber();
        String subject = "Facture hospitalière " + marker;
        String description = "Mon hospitalisation en cardiologie " + marker + " n'a pas été remboursée.";
        ComplaintReceived received = TestComplaints.received(personalData, Language.FR, memberNumber, firstName,
                lastName, address, subject, description);

        publish(received);
        publish(TestComplaints.acknowledged(received));

        MimeMessage mail = Mailbox.awaitMessagesTo(smtp, address, WAIT).get(0);
        awaitAllConsumed();
        assertThat(Mailbox.text(mail)).as("opened to write the mail").startsWith("Bonjour " + firstName + " " + lastName);
        JsonNode listed = notificationsOf(received.complaintId());
        assertThat(listed.get(0).get("recipient").asText()).as("opened for staff").isEqualTo(address);

        Map<String, List<String>> rows = everyRowOfEveryTable();
        assertThat(rows).containsKeys("public.recipient", "public.delivery", "public.processed_message");
        assertThat(rows.get("public.recipient")).as("the scan reads this complaint's rows")
                .anyMatch(row -> row.contains(received.reference()) && row.contains(received.member().email().value()));
        assertThat(rows.get("public.delivery")).anyMatch(row -> row.contains(received.reference()));

        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("first name", firstName);
        secrets.put("last name", lastName);
        secrets.put("email", address);
        secrets.put("member number", memberNumber);
        secrets.put("subject", subject);
        secrets.put("description", description);
        secrets.put("marker", marker);
        secrets.put("any test address", "@example.be");
        List<String> found = new ArrayList<>();
        rows.forEach((table, texts) -> texts.forEach(row -> secrets.forEach((what, secret) -> {
            String lowerRow = row.toLowerCase(Locale.ROOT);
            if (lowerRow.contains(secret.toLowerCase(Locale.ROOT)) || lowerRow.contains(hex(secret))) {
                found.add(what + " in " + table);
            }
        })));
        assertThat(found).as("personal data in clear in the database").isEmpty();

        secrets.remove("any test address");
        assertThat(output.getAll()).as("the logs, which did record the complaint").contains(received.reference())
                .doesNotContain(secrets.values());
    }

    /** Every row of every table of the service's database, as PostgreSQL writes a row as text. */
    private Map<String, List<String>> everyRowOfEveryTable() {
        List<String> tables = jdbc.sql("""
                        select quote_ident(table_schema) || '.' || quote_ident(table_name)
                        from information_schema.tables
                        where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
                        order by 1""")
                .query(String.class)
                .list();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : tables) {
            rows.put(table, jdbc.sql("select t::text from " + table + " t").query(String.class).list());
        }
        return rows;
    }

    /** How a text would read in a {@code bytea} column written as text. */
    private static String hex(String text) {
        return HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
    }
}
