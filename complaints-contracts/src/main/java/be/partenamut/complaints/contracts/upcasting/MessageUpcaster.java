package be.partenamut.complaints.contracts.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;

/**
 * Brings a message read from a topic, or kept as it was published, to the current schema version's
 * shape before it is bound to its record: topics and stored messages keep what older versions wrote.
 * Works on the JSON tree, so the records carry no trace of their older shapes. The versions are those of
 * {@link be.partenamut.complaints.contracts.MessageMetadata#schemaVersion()}.
 */
public final class MessageUpcaster {

    /** The messages whose fields version 3 nested under {@code file}, by their {@code type} property. */
    private static final Set<String> WITH_A_FILE = Set.of("ComplaintSubmitted", "ComplaintReceived");

    private MessageUpcaster() {
    }

    /**
     * @param message a message as read from its topic (any JSON; what is not an object of an older
     *                shape is returned unchanged, for the binding to judge)
     * @return the message in the current shape; an object is changed in place
     */
    public static JsonNode upcast(JsonNode message) {
        if (!(message instanceof ObjectNode object)) {
            return message;
        }
        if (schemaVersion(object) < 3 && WITH_A_FILE.contains(object.path("type").asText())) {
            ComplaintFileNesting.nest(object);
        }
        return object;
    }

    /** The version the sender wrote; version 1 wrote none. */
    private static int schemaVersion(ObjectNode message) {
        JsonNode version = message.path("metadata").path("schemaVersion");
        return version.isIntegralNumber() ? version.asInt() : 1;
    }
}
