package be.partenamut.complaints.notification.declined;

import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.submissions.SubmissionDeclined;
import be.partenamut.complaints.contracts.ContractSamples;
import be.partenamut.complaints.notification.NotificationIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A declined submission carries no contact (nothing personal is kept of it): no message can be sent
 * from it, intake answers the channel. It is counted, and nothing is sent nor recorded.
 */
class DeclinedSubmissionsIT extends NotificationIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void countsDeclinedSubmissionsItCannotWriteAbout() throws Exception {
        double medical = skipped("NOT_HANDLED_MEDICAL_ADVISOR", "no-contact");
        double outOfScope = skipped("NOT_HANDLED_OUT_OF_SCOPE", "no-contact");
        double anonymous = skipped("NOT_HANDLED", "anonymous");
        int mails = smtp.receivedMessages().size();

        declined(DeclineReason.MEDICAL_ADVISOR);
        declined(DeclineReason.NOT_ABOUT_OUR_SERVICES);
        UUID anonymousId = declined(DeclineReason.ANONYMOUS);

        assertThat(topics.awaitConsumed(GROUP, Topics.SUBMISSIONS, WAIT)).isTrue();
        assertThat(skipped("NOT_HANDLED_MEDICAL_ADVISOR", "no-contact")).isEqualTo(medical + 1);
        assertThat(skipped("NOT_HANDLED_OUT_OF_SCOPE", "no-contact")).isEqualTo(outOfScope + 1);
        assertThat(skipped("NOT_HANDLED", "anonymous")).isEqualTo(anonymous + 1);
        assertThat(smtp.receivedMessages()).hasSize(mails);
        assertThat(notificationsOf(anonymousId)).isEmpty();
    }

    private UUID declined(DeclineReason reason) throws Exception {
        UUID submissionId = UUID.randomUUID();
        SubmissionDeclined declined = new SubmissionDeclined(
                MessageMetadata.of(UUID.randomUUID(), submissionId, Instant.now(), "declined-" + submissionId, null),
                ContractSamples.complaintReceived().channel(), "REIMBURSEMENT", Language.NL, reason);
        topics.send(Topics.SUBMISSIONS, submissionId.toString(), json.writeValueAsString(declined));
        return submissionId;
    }

    private double skipped(String type, String reason) {
        return meters.counter("notifications.skipped", "type", type, "reason", reason).count();
    }
}
