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
import be.partenamut.complaints.notification.LetterPdf;
import be.partenamut.complaints.notification.NotificationIntegrationTest;
import be.partenamut.complaints.notification.TestComplaints;
import be.partenamut.complaints.personaldata.PersonalData;
import be.partenamut.complaints.personaldata.vault.KeyStatus;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A declined submission tells the member why, in their language, when intake passed their sealed
 * contact: by mail, or by a letter carrying their member number when they gave no email address; then
 * that contact's key is destroyed. Without a contact (anonymous) it is only counted.
 */
class DeclinedSubmissionsIT extends NotificationIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Autowired
    DeclinedSubmissionRetention retention;

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
        // The submission was consumed and its contact shredded, which comes after any status is published.
        assertThat(topics.readToEnd(Topics.DELIVERIES))
                .as("no complaint, no timeline to report to")
                .noneSatisfy(record -> assertThat(record.key()).isEqualTo(submissionId.toString()));
    }

    @Test
    void writesToAMemberWithoutEmailByALetterTheMailRoomCanAddressThenShredsTheirContact() throws Exception {
        String memberNumber = TestComplaints.newMemberNumber();
        UUID submissionId = UUID.randomUUID();
        SubmissionDeclined declined = byLetterWithoutEmail(submissionId, memberNumber, "Gaston", "Lagaffe", Language.FR,
                DeclineReason.NOT_ABOUT_OUR_SERVICES, Instant.now());

        topics.send(Topics.SUBMISSIONS, submissionId.toString(), json.writeValueAsString(declined));
        topics.send(Topics.SUBMISSIONS, submissionId.toString(), json.writeValueAsString(declined));
        assertThat(topics.awaitConsumed(GROUP, Topics.SUBMISSIONS, WAIT)).isTrue();

        List<JsonNode> letters = queuedLettersOf(submissionId);
        assertThat(letters).as("one letter, though delivered twice").hasSize(1);
        JsonNode letter = letters.get(0);
        assertThat(letter.get("type").asText()).isEqualTo("NOT_HANDLED_OUT_OF_SCOPE");
        assertThat(letter.get("reference").isNull()).as("a declined submission has no reference").isTrue();
        assertThat(letter.toString()).doesNotContain("Lagaffe", memberNumber);
        ResponseEntity<byte[]> pdf = as("agent")
                .getForEntity(letter.get("pdfUrl").asText(), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(LetterPdf.firstPageText(pdf.getBody())).contains("Gaston Lagaffe", "Votre numéro de membre : " + memberNumber,
                "Bonjour Gaston Lagaffe", "pas proposé par Partenamut").doesNotContain("Notre référence");
        assertThat(personalData.openerFor(submissionId).keyStatus()).as("kept until the letter is posted")
                .isEqualTo(KeyStatus.AVAILABLE);

        ResponseEntity<String> printed = as("agent").exchange(
                "/api/v1/print-queue/" + letter.get("letterId").asText() + "/printed", HttpMethod.POST,
                HttpEntity.EMPTY, String.class);

        assertThat(printed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(personalData.openerFor(submissionId).keyStatus())
                .as("nothing personal kept once the letter is posted").isEqualTo(KeyStatus.EXPIRED);
        assertThat(as("agent").getForEntity(letter.get("pdfUrl").asText(), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.GONE);
    }

    @Test
    void shredsTheContactOfAMemberNeverToldOnceTheRetentionPeriodIsOver() throws Exception {
        UUID submissionId = UUID.randomUUID();
        Instant declinedAt = Instant.now();
        topics.send(Topics.SUBMISSIONS, submissionId.toString(), json.writeValueAsString(byLetterWithoutEmail(
                submissionId, TestComplaints.newMemberNumber(), "Jeanne", "Tergiversa", Language.DE,
                DeclineReason.MEDICAL_ADVISOR, declinedAt)));
        assertThat(topics.awaitConsumed(GROUP, Topics.SUBMISSIONS, WAIT)).isTrue();
        JsonNode letter = queuedLettersOf(submissionId).get(0);

        retention.shredAsOf(declinedAt.plus(Duration.ofDays(29)));

        assertThat(personalData.openerFor(submissionId).keyStatus()).as("within the period, kept for the print run")
                .isEqualTo(KeyStatus.AVAILABLE);
        assertThat(queuedLettersOf(submissionId)).hasSize(1);

        // The mail room never printed it: a month on, nothing of it may remain.
        assertThat(retention.shredAsOf(declinedAt.plus(Duration.ofDays(31)))).isPositive();

        assertThat(personalData.openerFor(submissionId).keyStatus()).isEqualTo(KeyStatus.EXPIRED);
        assertThat(queuedLettersOf(submissionId)).as("withdrawn, not to be posted").isEmpty();
        assertThat(as("agent").getForEntity(letter.get("pdfUrl").asText(), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.GONE);
        JsonNode notification = notificationsOf(submissionId).get(0);
        assertThat(notification.get("status").asText()).isEqualTo("SUPPRESSED");
        assertThat(retention.shredAsOf(declinedAt.plus(Duration.ofDays(32)))).as("once").isZero();
    }

    /** As intake declines a member who gave no email address: their contact sealed under the submission's key. */
    private SubmissionDeclined byLetterWithoutEmail(UUID submissionId, String memberNumber, String firstName,
                                                    String lastName, Language language, DeclineReason reason,
                                                    Instant at) {
        PersonalData.Sealer sealer = personalData.newComplaint(submissionId, memberNumber);
        MemberContact member = new MemberContact(sealer.subjectId(), sealer.seal(PersonalFields.MEMBER_NUMBER, memberNumber),
                sealer.seal(PersonalFields.FIRST_NAME, firstName), sealer.seal(PersonalFields.LAST_NAME, lastName),
                null, language);
        return new SubmissionDeclined(MessageMetadata.of(UUID.randomUUID(), submissionId, at, "declined-" + submissionId,
                null), Channel.LETTER, reason == DeclineReason.MEDICAL_ADVISOR ? "MEDICAL_ADVISOR" : "OTHER_ORGANISATION",
                language, reason, member);
    }

    private List<JsonNode> queuedLettersOf(UUID submissionId) throws Exception {
        ResponseEntity<String> queue = as("officer")
                .getForEntity("/api/v1/print-queue?status=QUEUED&limit=1000", String.class);
        assertThat(queue.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> found = new ArrayList<>();
        json.readTree(queue.getBody()).forEach(letter -> {
            if (letter.get("complaintId").asText().equals(submissionId.toString())) {
                found.add(letter);
            }
        });
        return found;
    }

    private UUID declined(DeclineReason reason) throws Exception {
        UUID submissionId = UUID.randomUUID();
        SubmissionDeclined declined = new SubmissionDeclined(
                MessageMetadata.of(UUID.randomUUID(), submissionId, Instant.now(), "declined-" + submissionId, null),
                ContractSamples.complaintFile().channel(), "REIMBURSEMENT", Language.NL, reason);
        topics.send(Topics.SUBMISSIONS, submissionId.toString(), json.writeValueAsString(declined));
        return submissionId;
    }

    private double skipped(String type, String reason) {
        return meters.counter("notifications.skipped", "type", type, "reason", reason).count();
    }
}
