package be.partenamut.complaints.office.complaint.upcasting;

import be.partenamut.complaints.office.OfficeIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Complaints the previous version registered and handled, their events stored as it wrote them (the rows
 * of {@code fixtures/v2}, inserted into the office's event store), are shown, take new commands and are
 * published in the current shape.
 */
class StoredRevision1EventsIT extends OfficeIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void showsAComplaintStoredByThePreviousVersionWithItsWholeFileAndHistory() {
        StoredRows rows = StoredRows.all(json).ofComplaint(StoredRows.WITH_PRODUCT_AGENCY);
        UUID id = insert(rows);

        JsonNode complaint = awaitComplaint(id, c -> "CLOSED".equals(c.get("status").asText()));

        assertThat(complaint.get("reference").asText()).isEqualTo("PL-2026-000001");
        assertThat(complaint.get("channel").asText()).isEqualTo("WEB_FORM");
        assertThat(complaint.get("category").asText()).isEqualTo("REIMBURSEMENT");
        assertThat(complaint.get("receivedAt").asText()).isEqualTo("2026-12-01T02:40:54.342Z");
        assertThat(complaint.at("/deadlines/0/line").asText()).isEqualTo("FIRST_LINE");
        assertThat(complaint.at("/deadlines/0/dueDate").asText()).isEqualTo("2026-12-12");
        assertThat(complaint.at("/member/language").asText()).isEqualTo("fr");
        assertThat(complaint.at("/timeline/0/type").asText()).isEqualTo("ComplaintReceived");
        assertThat(complaint.at("/timeline/0/actor").asText()).isEqualTo("intake");
        assertThat(complaint.get("department").asText()).isNotBlank();
    }

    @Test
    void takesANewCommandOnAComplaintStoredByThePreviousVersion() {
        UUID id = insert(StoredRows.all(json).ofComplaint(StoredRows.WITHOUT_PRODUCT_AGENCY));
        awaitComplaint(id, c -> "ESCALATED".equals(c.get("status").asText()));

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        // An officer: the escalated complaint is with the complaints service, in no agent's queue.
        ResponseEntity<String> rerouted = asOfficer().exchange("/api/v1/complaints/" + id + "/department", HttpMethod.PUT,
                new HttpEntity<>("{\"department\":\"AGENCIES\"}", headers), String.class);

        assertThat(rerouted.getStatusCode()).as(rerouted.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode complaint = awaitComplaint(id, c -> "AGENCIES".equals(c.get("department").asText()));
        assertThat(complaint.get("reference").asText()).isEqualTo("PL-2026-000004");
        assertThat(complaint.get("channel").asText()).isEqualTo("AGENCY");
        assertThat(complaint.get("possibleDuplicateOf").asText()).isEqualTo("9d11a6d3-4e85-4005-86cb-6bd11257aa2e");
    }

    @Test
    void publishesAComplaintStoredByThePreviousVersionWithItsFileNested() throws Exception {
        UUID id = insert(StoredRows.all(json).ofComplaint(StoredRows.WITH_PRODUCT_AGENCY));

        JsonNode received = publishedEvents(id, "ComplaintClosed").get(0);

        assertThat(received.get("type").asText()).isEqualTo("ComplaintReceived");
        assertThat(received.at("/metadata/schemaVersion").asInt()).isEqualTo(3);
        assertThat(received.at("/file/reference").asText()).isEqualTo("PL-2026-000001");
        assertThat(received.at("/file/product").asText()).isEqualTo("HOSPITALISATION_PLUS");
        assertThat(received.at("/file/agency").asText()).isEqualTo("AGENCY-1080-MOLENBEEK");
        assertThat(received.at("/file/firstLineDueDate").asText()).isEqualTo("2026-12-12");
        assertThat(received.has("reference")).as("no flat field left").isFalse();
    }

    /**
     * Inserts one complaint's rows under a complaint id and event ids of their own (each test its own
     * complaint), everything else as stored; returns the complaint id.
     */
    private UUID insert(StoredRows rows) {
        UUID id = UUID.randomUUID();
        String storedId = rows.rows().get(0).get("aggregate_identifier").asText();
        for (JsonNode row : rows.rows()) {
            jdbc.sql("""
                            insert into domain_event_entry (event_identifier, meta_data, payload, payload_revision,
                                payload_type, time_stamp, aggregate_identifier, sequence_number, type)
                            values (:eventId, :metaData, :payload, :revision, :payloadType, :timeStamp, :aggregateId,
                                    :sequenceNumber, :type)""")
                    .param("eventId", UUID.randomUUID().toString())
                    .param("metaData", StoredRows.bytes(row, "meta_data"))
                    .param("payload", row.get("payload").toString().replace(storedId, id.toString())
                            .getBytes(StandardCharsets.UTF_8))
                    .param("revision", row.get("payload_revision").asText())
                    .param("payloadType", row.get("payload_type").asText())
                    .param("timeStamp", row.get("time_stamp").asText())
                    .param("aggregateId", id.toString())
                    .param("sequenceNumber", row.get("sequence_number").asLong())
                    .param("type", row.get("type").asText())
                    .update();
        }
        return id;
    }
}
