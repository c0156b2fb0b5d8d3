package be.partenamut.complaints.routing.assignment.messaging;

import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.routing.assignment.ComplaintRouter;
import be.partenamut.complaints.support.messaging.InboundMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.Consumer;

/** Reads {@code complaints.events.v1}: each received complaint gets routed; other events do not concern routing yet. */
@Configuration(proxyBeanMethods = false)
public class ComplaintEventsConsumer {

    @Bean
    Consumer<byte[]> complaintEvents(InboundMessages inbound, ComplaintRouter router) {
        return payload -> inbound.handle(payload, ComplaintEvent.class, event -> {
            if (event instanceof ComplaintReceived received) {
                router.route(received);
            }
        });
    }
}
