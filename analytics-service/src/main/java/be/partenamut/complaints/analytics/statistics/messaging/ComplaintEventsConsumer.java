package be.partenamut.complaints.analytics.statistics.messaging;

import be.partenamut.complaints.analytics.statistics.ComplaintFiguresProjection;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.support.messaging.InboundMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.Consumer;

/**
 * Reads {@code complaints.events.v1}: every event updates the figures. What cannot be read or applied
 * goes to {@code complaints.events.v1.dlq} with the reason, and the consumer goes on.
 */
@Configuration(proxyBeanMethods = false)
public class ComplaintEventsConsumer {

    @Bean
    Consumer<byte[]> complaintEvents(InboundMessages inbound, ComplaintFiguresProjection projection) {
        return payload -> inbound.handle(payload, ComplaintEvent.class, projection::apply);
    }
}
