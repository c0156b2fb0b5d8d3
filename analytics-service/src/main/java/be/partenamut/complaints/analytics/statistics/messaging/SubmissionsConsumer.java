package be.partenamut.complaints.analytics.statistics.messaging;

import be.partenamut.complaints.analytics.statistics.DeclinedSubmissionsProjection;
import be.partenamut.complaints.contracts.submissions.SubmissionDeclined;
import be.partenamut.complaints.contracts.submissions.SubmissionMessage;
import be.partenamut.complaints.support.messaging.InboundMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.Consumer;

/**
 * Reads {@code complaints.submissions.v1} for the submissions the policy does not handle; accepted
 * submissions are counted from the complaint's own events instead.
 */
@Configuration(proxyBeanMethods = false)
public class SubmissionsConsumer {

    @Bean
    Consumer<byte[]> submissions(InboundMessages inbound, DeclinedSubmissionsProjection projection) {
        return payload -> inbound.handle(payload, SubmissionMessage.class, message -> {
            if (message instanceof SubmissionDeclined declined) {
                projection.apply(declined);
            }
        });
    }
}
