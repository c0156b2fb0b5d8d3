package be.partenamut.complaints.intake.request;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.intake.outbox.Submissions;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * What operations watch at the door: complaints accepted and escalations requested per channel,
 * submissions refused per reason (the problem type the caller got, policy refusals included), and
 * repeats answered from an earlier submission.
 */
@Component
public class SubmissionMetrics {

    static final String ACCEPTED = "complaints.submissions.accepted";
    static final String REFUSED = "complaints.submissions.refused";
    static final String REPEATED = "complaints.submissions.repeated";
    static final String ESCALATED = "complaints.escalations.requested";

    /** Registered at start, so a dashboard shows zero rather than nothing. */
    private static final List<String> KNOWN_REASONS = List.of("validation-failed", "malformed-request",
            "idempotency-key-reused", "submission-not-registered", "anonymous-complaint", "not-about-our-services",
            "medical-advisor", "unknown-member", "not-escalable", "rate-limited", "request-too-large");

    private final MeterRegistry meters;

    public SubmissionMetrics(MeterRegistry meters) {
        this.meters = meters;
        for (Channel channel : Channel.values()) {
            accepted(channel);
            escalated(channel);
        }
        KNOWN_REASONS.forEach(this::refused);
        repeated();
    }

    public void accept(Channel channel) {
        accepted(channel).increment();
    }

    /** An escalation handed to the complaints service. */
    public void escalate(Channel channel) {
        escalated(channel).increment();
    }

    public void refuse(String reason) {
        refused(reason).increment();
    }

    public void repeat() {
        repeated().increment();
    }

    private Counter accepted(Channel channel) {
        return Counter.builder(ACCEPTED).description("Complaints accepted and handed to the complaints office")
                .tag("channel", channel.name()).register(meters);
    }

    private Counter escalated(Channel channel) {
        return Counter.builder(ESCALATED).description("Escalations to the complaints service handed to the complaints office")
                .tag("channel", channel.name()).register(meters);
    }

    private Counter refused(String reason) {
        return Counter.builder(REFUSED).description("Submissions refused, by the problem type returned")
                .tag("reason", reason).register(meters);
    }

    private Counter repeated() {
        return Counter.builder(REPEATED)
                .description("Repeated submissions answered with the receipt of the earlier one").register(meters);
    }
}
