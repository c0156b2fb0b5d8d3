package be.partenamut.complaints.office.complaint.upcasting;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintFile;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.api.ComplaintReceivedEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every ComplaintReceivedEvent the previous version stored (revision 1, {@code fixtures/v2}) read as the
 * current event, through the upcaster and the serializer as the event store reads it: nothing lost.
 */
class ComplaintReceivedEventUpcasterTest {

    /** Configured like the event store's serializer (Spring Boot's ObjectMapper). */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final List<String> FILE_FIELDS = List.of("reference", "channel", "member", "category", "subject",
            "description", "product", "agency", "receivedAt", "firstLineDueDate", "possibleDuplicateOf");

    private final JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(JSON).build();

    static Stream<JsonNode> storedRevision1() {
        return StoredRows.all(JSON).ofType("ComplaintReceivedEvent").rows().stream();
    }

    @ParameterizedTest
    @MethodSource("storedRevision1")
    void readsAStoredRevision1EventWithEveryFieldInItsFile(JsonNode row) {
        assertThat(row.get("payload_revision").asText()).isEqualTo("1");
        JsonNode written = row.get("payload");

        DomainEventMessage<?> event = read(row);

        ComplaintReceivedEvent received = (ComplaintReceivedEvent) event.getPayload();
        assertThat(received.complaintId()).isEqualTo(ComplaintId.of(written.get("complaintId").asText()));
        ObjectNode file = JSON.valueToTree(received.file());
        for (String field : FILE_FIELDS) {
            assertThat(file.get(field)).as(field).isEqualTo(written.get(field));
        }
        // Written before suggestions existed: read as a complaint, the one property the stored file has not.
        assertThat(file.get("kind").asText()).isEqualTo("COMPLAINT");
        assertThat(file.size()).as("the file's properties").isEqualTo(FILE_FIELDS.size() + 1);
        assertThat(event.getMetaData()).containsEntry("actor", "intake");
    }

    @Test
    void readsTheFileOfAStoredRevision1EventAsItWasWritten() {
        JsonNode row = StoredRows.all(JSON).ofComplaint(StoredRows.WITH_PRODUCT_AGENCY).rows().get(0);

        ComplaintFile file = ((ComplaintReceivedEvent) read(row).getPayload()).file();

        assertThat(file.reference()).isEqualTo("PL-2026-000001");
        assertThat(file.channel()).isEqualTo(Channel.WEB_FORM);
        assertThat(file.category()).isEqualTo("REIMBURSEMENT");
        assertThat(file.member().dataSubjectId()).isEqualTo(UUID.fromString("0f9ec3e1-e1f8-4a94-a215-a436ac6b5ace"));
        assertThat(file.member().language()).isEqualTo(Language.FR);
        assertThat(file.description().value()).startsWith("pd1.Ra8k4kP39ggYTwTGptv8kC");
        assertThat(file.product()).isEqualTo("HOSPITALISATION_PLUS");
        assertThat(file.agency()).isEqualTo("AGENCY-1080-MOLENBEEK");
        assertThat(file.receivedAt()).isEqualTo(Instant.parse("2026-12-01T02:40:54.342Z"));
        assertThat(file.firstLineDueDate()).isEqualTo(LocalDate.parse("2026-12-12"));
        assertThat(file.possibleDuplicateOf()).isNull();
    }

    @Test
    void leavesAnEventStoredAsRevision2AsItIs() throws Exception {
        ComplaintReceivedEvent current = (ComplaintReceivedEvent) read(storedRevision1().findFirst().orElseThrow())
                .getPayload();
        GenericDomainEventEntry<byte[]> stored = new GenericDomainEventEntry<>("Complaint",
                current.complaintId().toString(), 0, UUID.randomUUID().toString(), Instant.now(),
                ComplaintReceivedEventUpcaster.STORED_TYPE, "2", JSON.writeValueAsBytes(current), "{}".getBytes());

        assertThat(read(stored).getPayload()).isEqualTo(current);
    }

    private DomainEventMessage<?> read(JsonNode row) {
        return read(new GenericDomainEventEntry<>(row.get("type").asText(), row.get("aggregate_identifier").asText(),
                row.get("sequence_number").asLong(), row.get("event_identifier").asText(),
                row.get("time_stamp").asText(), row.get("payload_type").asText(), row.get("payload_revision").asText(),
                StoredRows.bytes(row, "payload"), StoredRows.bytes(row, "meta_data")));
    }

    /** Reads a stored row as the event store does: through the upcaster, then the serializer. */
    private DomainEventMessage<?> read(GenericDomainEventEntry<byte[]> entry) {
        return EventStreamUtils.asStream(EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry),
                serializer, new ComplaintReceivedEventUpcaster())).findFirst().orElseThrow();
    }
}
