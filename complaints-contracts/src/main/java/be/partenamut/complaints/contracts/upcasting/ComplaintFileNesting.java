package be.partenamut.complaints.contracts.upcasting;

import be.partenamut.complaints.contracts.ComplaintFile;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Schema version 3: the fields of a complaint's file, written flat beside the metadata until then,
 * move under {@code file}. The office's event store uses the same step for its stored event, which had
 * them flat beside the complaint id.
 */
public final class ComplaintFileNesting {

    /** The file's properties, in the order of {@link ComplaintFile}'s components. */
    static final List<String> FILE_FIELDS = List.of(
            "reference", "channel", "member", "category", "subject", "description", "product", "agency",
            "receivedAt", "firstLineDueDate", "possibleDuplicateOf");

    private ComplaintFileNesting() {
    }

    /**
     * Moves the file's flat properties of {@code message} under a new {@code file} property. A property
     * absent from an older message (product and agency came late in version 2) stays absent and reads
     * as null. A message that already has its file is left as it is.
     */
    public static ObjectNode nest(ObjectNode message) {
        if (message.has("file")) {
            return message;
        }
        ObjectNode file = message.objectNode();
        for (String field : FILE_FIELDS) {
            if (message.has(field)) {
                file.set(field, message.remove(field));
            }
        }
        message.set("file", file);
        return message;
    }
}
