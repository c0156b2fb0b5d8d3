package be.partenamut.complaints.support.messaging;

import be.partenamut.complaints.contracts.ContractMessage;
import be.partenamut.complaints.contracts.upcasting.MessageUpcaster;
import be.partenamut.complaints.support.correlation.Correlation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Reads an incoming message and runs its handler under the message's correlation id. Consumers
 * take the raw bytes and read them here, so that a message that cannot be read fails with a reason
 * a person understands (it ends up in the dead-letter topic's headers), not with a cast error.
 * Messages of an older schema version are read in the current shape.
 */
public class InboundMessages {

    private final ObjectMapper objectMapper;

    public InboundMessages(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /**
     * @throws UnprocessableMessageException when the payload is not a {@code type} with metadata
     */
    public <T extends ContractMessage> void handle(byte[] payload, Class<T> type, Consumer<T> handler) {
        T message = read(payload, type);
        try (Correlation.Scope scope = Correlation.open(message.metadata().correlationId())) {
            handler.accept(message);
        }
    }

    public <T extends ContractMessage> T read(byte[] payload, Class<T> type) {
        if (payload == null || payload.length == 0) {
            throw new UnprocessableMessageException("the message has no body");
        }
        T message;
        try {
            // A topic keeps what older versions wrote: bring the message to the current shape first.
            message = objectMapper.treeToValue(MessageUpcaster.upcast(objectMapper.readTree(payload)), type);
        } catch (IOException e) {
            throw new UnprocessableMessageException("not a readable " + type.getSimpleName() + ": "
                    + (e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage()));
        }
        if (message == null || message.metadata() == null) {
            throw new UnprocessableMessageException(
                    "the message has no metadata (messageId, complaintId, occurredAt, correlationId)");
        }
        return message;
    }
}
