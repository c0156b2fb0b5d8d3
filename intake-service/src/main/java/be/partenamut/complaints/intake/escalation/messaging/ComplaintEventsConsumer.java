package be.partenamut.complaints.intake.escalation.messaging;

import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.intake.escalation.ComplaintStatusProjection;
import be.partenamut.complaints.support.messaging.InboundMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.Consumer;

/**
 * Reads {@code complaints.events.v1} (group {@code intake-service}) to know which complaints the first
 * line answered, so that a member's escalation by reference can be checked at the door.
 */
@Configuration(proxyBeanMethods = false)
public class ComplaintEventsConsumer {

    @Bean
    Consumer<byte[]> complaintEvents(InboundMessages inbound, ComplaintStatusProjection projection) {
        return payload -> inbound.handle(payload, ComplaintEvent.class, projection::apply);
    }
}
