package be.partenamut.complaints.intake.submission;

import be.partenamut.complaints.intake.IntakeIntegrationTest;
import be.partenamut.complaints.localstack.infra.PlaintextScan;
import be.partenamut.complaints.localstack.infra.PostgresServer;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No copy of a member's data in clear: not in any table of intake's database, not in the key vault,
 * not in any byte the broker holds for the submissions topic. The one exception is the member registry
 * (schema {@code member_registry}), the insurer's member master data, which knows member numbers by
 * nature and nothing of complaints.
 */
class PersonalDataAtRestIT extends IntakeIntegrationTest {

    @Test
    void keepsNoPersonalDataInClearInTheDatabaseOrOnTheTopic() {
        String token = UUID.randomUUID().toString().replace("-", "");
        Map<String, Object> form = complaint();
        form.put("memberNumber", anotherMemberNumber());
        form.put("firstName", "Firstname" + token.substring(0, 12));
        form.put("lastName", "Lastname" + token.substring(12, 24));
        form.put("email", "mail." + token + "@example.be");
        form.put("subject", "Subject " + token + " kine");
        form.put("description", "Description " + token + " of a health condition");
        form.put("nationalRegisterNumber", "85.07.30-033.28");
        String key = "at-rest-" + UUID.randomUUID();

        ResponseEntity<String> accepted = post(form, key, null);
        ResponseEntity<String> repeated = post(form, key, null);

        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(repeated.getStatusCode()).as(repeated.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        String complaintId = read(accepted.getBody()).get("complaintId").asText();
        String reference = read(accepted.getBody()).get("reference").asText();
        assertThat(messagesOf(complaintId)).hasSize(1);
        List<String> personal = List.of((String) form.get("memberNumber"), (String) form.get("firstName"),
                (String) form.get("lastName"), (String) form.get("email"), (String) form.get("subject"),
                (String) form.get("description"), token.substring(0, 12), token.substring(12, 24), token, "85073003328");

        String intake = SharedInfrastructure.postgres().jdbcUrl("intake");
        String vault = SharedInfrastructure.postgres().jdbcUrl("keyvault");
        // The scan sees what is there: the complaint's rows, found by what is not personal.
        assertThat(String.join("\n", PlaintextScan.rows(intake, PostgresServer.USER).get("public.submission")))
                .contains(complaintId, reference, key);
        assertThat(String.join("\n", PlaintextScan.rows(vault, PostgresServer.USER).get("public.complaint_key")))
                .contains(complaintId);
        assertThat(PlaintextScan.database(intake, PostgresServer.USER, personal)).as("intake's tables")
                .allSatisfy(found -> assertThat(found).isEqualTo("member_registry.member holds '" + form.get("memberNumber") + "'"))
                .hasSizeLessThanOrEqualTo(1);
        assertThat(PlaintextScan.database(vault, PostgresServer.USER, personal)).as("the key vault's tables").isEmpty();

        List<ConsumerRecord<byte[], byte[]>> records = rawRecordsPublished();
        assertThat(records).anySatisfy(record ->
                assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(complaintId));
        for (ConsumerRecord<byte[], byte[]> record : records) {
            List<byte[]> stored = new ArrayList<>(List.of(record.value()));
            if (record.key() != null) {
                stored.add(record.key());
            }
            for (Header header : record.headers()) {
                stored.add(header.key().getBytes(StandardCharsets.UTF_8));
                if (header.value() != null) {
                    stored.add(header.value());
                }
            }
            for (byte[] bytes : stored) {
                for (String text : personal) {
                    assertThat(indexOf(bytes, text.getBytes(StandardCharsets.UTF_8)))
                            .as("%s in the record at %s-%d@%d", text, record.topic(), record.partition(), record.offset())
                            .isEqualTo(-1);
                }
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
