package be.partenamut.complaints.office.complaint.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The office's event store as revision 1 wrote it ({@code fixtures/v2/office-domain_event_entry.json}):
 * {@code payload} and {@code meta_data} hold the stored JSON, the other columns their stored values.
 */
record StoredRows(List<JsonNode> rows) {

    /** Web form, with product and agency, closed. */
    static final String WITH_PRODUCT_AGENCY = "08ec9eac-ba83-4a3b-a7bb-696059579e0c";
    /** Agency channel, without product or agency, escalated and still open. */
    static final String WITHOUT_PRODUCT_AGENCY = "253bf37a-bbb3-4c2c-abf2-da6f9d2cea1d";

    static StoredRows all(ObjectMapper json) {
        try (InputStream in = StoredRows.class.getResourceAsStream("/fixtures/v2/office-domain_event_entry.json")) {
            if (in == null) {
                throw new IllegalStateException("no fixture office-domain_event_entry.json");
            }
            return new StoredRows(StreamSupport.stream(json.readTree(in).spliterator(), false).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One complaint's rows, in sequence order. */
    StoredRows ofComplaint(String aggregateIdentifier) {
        return new StoredRows(rows.stream()
                .filter(row -> row.get("aggregate_identifier").asText().equals(aggregateIdentifier))
                .sorted(Comparator.comparingLong(row -> row.get("sequence_number").asLong()))
                .toList());
    }

    /** The rows of one payload type. */
    StoredRows ofType(String simpleName) {
        return new StoredRows(rows.stream()
                .filter(row -> row.get("payload_type").asText().endsWith("." + simpleName))
                .toList());
    }

    /** The stored bytes of a {@code bytea} column. */
    static byte[] bytes(JsonNode row, String column) {
        return row.get(column).toString().getBytes(StandardCharsets.UTF_8);
    }
}
