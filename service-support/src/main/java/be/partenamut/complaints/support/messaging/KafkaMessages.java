package be.partenamut.complaints.support.messaging;

import be.partenamut.complaints.contracts.HeaderNames;
import be.partenamut.complaints.contracts.MessageMetadata;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import java.nio.charset.StandardCharsets;

/** Builds outgoing messages the way every topic expects them. */
public final class KafkaMessages {

    private KafkaMessages() {
    }

    /**
     * A message keyed by complaint id (so one complaint's messages stay ordered on one partition),
     * with its id, type and correlation id also in the headers for tools and logs.
     */
    public static <T> Message<T> keyedByComplaint(T payload, MessageMetadata metadata) {
        return MessageBuilder.withPayload(payload)
                // Keys travel as bytes, like the binder's dead-letter records, so one producer serializer fits both.
                .setHeader(KafkaHeaders.KEY, metadata.complaintId().toString().getBytes(StandardCharsets.UTF_8))
                .setHeader(HeaderNames.MESSAGE_ID, metadata.messageId().toString())
                .setHeader(HeaderNames.MESSAGE_TYPE, payload.getClass().getSimpleName())
                .setHeader(HeaderNames.CORRELATION_ID, metadata.correlationId())
                .build();
    }
}
