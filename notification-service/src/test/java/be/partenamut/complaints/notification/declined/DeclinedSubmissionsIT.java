package be.partenamut.complaints.notification.declined;

import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.PersonalFields;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.submissions.SubmissionDeclined;
import be.partenamut.complaints.contracts.ContractSamples;
import be.partenamut.complaints.notification.Mailbox;
import be.partenamut.complaints.notification.NotificationIntegrationTest;
import be.partenamut.complaints.notification.TestComplaints;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.personaldata.vault.KeyStatus;
import jakarta.mail.internet.MimeMessage;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A declined submission tells the member why, by mail in their language, when intake passed their
 * sealed contact; then that contact's key is destroyed. Without a contact (anonymous, no email) it is
 * only counted.
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

    @Test
    void tellsTheMemberWhereToWriteAboutAMedecinConseilThenShredsTheirContact() throws Exception {
        String address = TestComplaints.newAddress();
        UUID submissionId = UUID.randomUUID();
        PersonalData.Sealer sealer = personalData.newComplaint(submissionId, TestComplaints.newMemberNumber());
        MemberContact member = new MemberContact(sealer.subjectId(), null,
                sealer.seal(PersonalFields.FIRST_NAME, "Lotte"), sealer.seal(PersonalFields.LAST_NAME, "Janssens"),
                sealer.seal(PersonalFields.EMAIL, address), Language.NL);
        SubmissionDeclined declined = new SubmissionDeclined(
                MessageMetadata.of(UUID.randomUUID(), submissionId, Instant.now(), "declined-" + submissionId, null),
                Channel.WEB_FORM, "MEDICAL_ADVISOR", Language.NL, DeclineReason.MEDICAL_ADVISOR, member);

        topics.send(Topics.SUBMISSIONS, submissionId.toString(), json.writeValueAsString(declined));
        topics.send(Topics.SUBMISSIONS, submissionId.toString(), json.writeValueAsString(declined));

        MimeMessage mail = Mailbox.awaitMessagesTo(smtp, address, WAIT).get(0);
        assertThat(topics.awaitConsumed(GROUP, Topics.SUBMISSIONS, WAIT)).isTrue();
        assertThat(smtp.messagesTo(address)).as("once, though delivered twice").hasSize(1);
        assertThat(Mailbox.text(mail)).contains("Lotte Janssens", "MLOZ", "Lenniksebaan 788/A", "schriftelijk");
        assertThat(personalData.openerFor(submissionId).keyStatus())
                .as("nothing personal kept once the member was told").isEqualTo(KeyStatus.EXPIRED);
        assertThat(topics.readAll(Topics.DELIVERIES, Duration.ofSeconds(1)))
                .as("no complaint, no timeline to report to")
                .noneSatisfy(record -> assertThat(record.key()).isEqualTo(submissionId.toString()));
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
