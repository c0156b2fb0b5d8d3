package be.partenamut.complaints.office.complaint.upcasting;

import be.partenamut.complaints.contracts.upcasting.ComplaintFileNesting;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Revision 1 of the stored {@code ComplaintReceivedEvent} had the complaint's file flat beside the
 * complaint id; revision 2 nests it under {@code file}, with the same fields as the published messages.
 * The event store is never rewritten: each revision-1 event is brought to revision 2 as it is read.
 */
public class ComplaintReceivedEventUpcaster extends SingleEventUpcaster {

    /** The stored type name: what the rows hold, whatever the class is called now. */
    static final String STORED_TYPE = "be.partenamut.complaints.office.complaint.api.ComplaintReceivedEvent";
    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(STORED_TYPE, "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(STORED_TYPE, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, JsonNode.class,
                payload -> ComplaintFileNesting.nest((ObjectNode) payload));
    }
}
