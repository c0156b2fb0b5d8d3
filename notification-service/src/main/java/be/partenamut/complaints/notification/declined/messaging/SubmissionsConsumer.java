package be.partenamut.complaints.notification.declined.messaging;

import be.partenamut.complaints.contracts.submissions.SubmissionDeclined;
import be.partenamut.complaints.contracts.submissions.SubmissionMessage;
import be.partenamut.complaints.notification.declined.DeclinedSubmissions;
import be.partenamut.complaints.support.messaging.InboundMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.Consumer;

/** Reads {@code complaints.submissions.v1} for the submissions the policy does not handle. */
@Configuration(proxyBeanMethods = false)
public class SubmissionsConsumer {

    @Bean
    Consumer<byte[]> submissions(InboundMessages inbound, DeclinedSubmissions declined) {
        return payload -> inbound.handle(payload, SubmissionMessage.class, message -> {
            if (message instanceof SubmissionDeclined submission) {
                declined.declined(submission);
            }
        });
    }
}
