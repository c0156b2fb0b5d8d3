package be.partenamut.complaints.notification.declined.messaging;

import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.contracts.submissions.EscalationRequested;
import be.partenamut.complaints.contracts.submissions.SubmissionDeclined;
import be.partenamut.complaints.contracts.submissions.SubmissionMessage;
import be.partenamut.complaints.contracts.submissions.UnknownSubmission;
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
        SubmissionHandling handling = new SubmissionHandling(declined);
        return payload -> inbound.handle(payload, SubmissionMessage.class, message -> message.accept(handling));
    }

    /** The submissions the policy does not handle; the others reach this service as complaint events. */
    private record SubmissionHandling(DeclinedSubmissions declined) implements SubmissionMessage.Visitor<Void> {

        @Override
        public Void visit(SubmissionDeclined submission) {
            declined.declined(submission);
            return null;
        }

        @Override
        public Void visit(ComplaintSubmitted submitted) {
            return null; // written about once the office has received it (ComplaintReceived)
        }

        @Override
        public Void visit(EscalationRequested escalation) {
            return null; // written about once the office has escalated it (ComplaintEscalated)
        }

        @Override
        public Void visit(UnknownSubmission unknown) {
            return null; // a newer producer's type: nothing here knows what to send for it
        }
    }
}

