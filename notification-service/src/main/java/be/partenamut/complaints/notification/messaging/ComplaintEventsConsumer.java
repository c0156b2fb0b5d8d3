package be.partenamut.complaints.notification.messaging;

import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.PersonalDataErased;
import be.partenamut.complaints.notification.acknowledgement.AcknowledgementNotifier;
import be.partenamut.complaints.notification.erasure.ContactErasure;
import be.partenamut.complaints.notification.recipient.RecipientRegistry;
import be.partenamut.complaints.support.messaging.InboundMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.Consumer;

/**
 * Reads {@code complaints.events.v1}, in order per complaint: a received complaint tells whom to
 * write to, its acknowledgement sends the receipt, an erasure of its personal data deletes the sealed
 * contact details kept for it; other events send nothing yet. One consumer for the topic hands each
 * event to the feature it concerns, hence its own package.
 */
@Configuration(proxyBeanMethods = false)
public class ComplaintEventsConsumer {

    @Bean
    Consumer<byte[]> complaintEvents(InboundMessages inbound, RecipientRegistry recipients,
                                     AcknowledgementNotifier acknowledgements, ContactErasure erasure) {
        return payload -> inbound.handle(payload, ComplaintEvent.class, event -> {
            if (event instanceof ComplaintReceived received) {
                recipients.remember(received);
            } else if (event instanceof ComplaintAcknowledged acknowledged) {
                acknowledgements.acknowledge(acknowledged);
            } else if (event instanceof PersonalDataErased erased) {
                erasure.forget(erased);
            }
        });
    }
}
