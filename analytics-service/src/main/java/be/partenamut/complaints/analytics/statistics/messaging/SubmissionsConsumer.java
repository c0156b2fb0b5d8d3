package be.partenamut.complaints.analytics.statistics.messaging;

import be.partenamut.complaints.analytics.statistics.DeclinedSubmissionsProjection;
import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.contracts.submissions.EscalationRequested;
import be.partenamut.complaints.contracts.submissions.SubmissionDeclined;
import be.partenamut.complaints.contracts.submissions.SubmissionMessage;
import be.partenamut.complaints.contracts.submissions.UnknownSubmission;
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
        DeclinedOnly declinedOnly = new DeclinedOnly(projection);
        return payload -> inbound.handle(payload, SubmissionMessage.class, message -> message.accept(declinedOnly));
    }

    private record DeclinedOnly(DeclinedSubmissionsProjection projection) implements SubmissionMessage.Visitor<Void> {

        @Override
        public Void visit(SubmissionDeclined declined) {
            projection.apply(declined);
            return null;
        }

        @Override
        public Void visit(ComplaintSubmitted submitted) {
            return null; // counted from the complaint's own events (ComplaintReceived)
        }

        @Override
        public Void visit(EscalationRequested escalation) {
            return null; // counted from the complaint's own events (ComplaintEscalated)
        }

        @Override
        public Void visit(UnknownSubmission unknown) {
            return null; // a newer producer's type: nothing here to count
        }
    }
}
