package be.partenamut.complaints.office.complaint.command;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Events as an earlier version of the office stored them ({@code src/test/resources/fixtures/stored-events}:
 * payload type, revision and payload of a real row of the event store), read back the way the event store
 * reads them: with Axon's Jackson serializer on an object mapper configured as Spring Boot's.
 */
final class StoredEvents {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(JSON).build();

    private StoredEvents() {
    }

    static <T> T payload(String fixture, Class<T> expectedType) {
        JsonNode row = read(fixture);
        byte[] payload = row.get("payload").toString().getBytes(StandardCharsets.UTF_8);
        Object event = SERIALIZER.deserialize(new SimpleSerializedObject<>(payload, byte[].class,
                row.get("payloadType").asText(), row.get("payloadRevision").asText()));
        return expectedType.cast(event);
    }

    private static JsonNode read(String fixture) {
        try (InputStream in = StoredEvents.class.getResourceAsStream("/fixtures/stored-events/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no stored-event fixture " + fixture);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
