package be.partenamut.complaints.routing.inbox.messaging;

import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.support.messaging.InboundMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.Consumer;

/** Reads {@code complaints.events.v1}; what cannot be read goes to the dead-letter topic with the reason. */
@Configuration(proxyBeanMethods = false)
public class ComplaintEventsConsumer {

    @Bean
    Consumer<byte[]> complaintEvents(InboundMessages inbound, ComplaintEventDispatcher dispatcher) {
        return payload -> inbound.handle(payload, ComplaintEvent.class, dispatcher::dispatch);
    }
}
