package be.partenamut.complaints.intake.submission;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestFingerprintTest {

    private final ComplaintSubmission submission = new ComplaintSubmission(Channel.PHONE, "100000001", "Sophie",
            "Peeters", null, Language.NL, "REIMBURSEMENT", "Terugbetaling", "Nog steeds niet uitgevoerd.");

    @Test
    void givesTheSameContentTheSameSha256() {
        ComplaintSubmission same = new ComplaintSubmission(Channel.PHONE, "100000001", "Sophie", "Peeters", "",
                Language.NL, "REIMBURSEMENT", "Terugbetaling", "Nog steeds niet uitgevoerd.");

        assertThat(RequestFingerprint.of(submission)).matches("[0-9a-f]{64}").isEqualTo(RequestFingerprint.of(same));
    }

    @Test
    void tellsAnyOtherContentApart() {
        ComplaintSubmission otherText = new ComplaintSubmission(Channel.PHONE, "100000001", "Sophie", "Peeters", null,
                Language.NL, "REIMBURSEMENT", "Terugbetaling", "Nog steeds niet uitgevoerd!");
        ComplaintSubmission otherChannel = new ComplaintSubmission(Channel.AGENCY, "100000001", "Sophie", "Peeters",
                null, Language.NL, "REIMBURSEMENT", "Terugbetaling", "Nog steeds niet uitgevoerd.");

        assertThat(RequestFingerprint.of(otherText)).isNotEqualTo(RequestFingerprint.of(submission));
        assertThat(RequestFingerprint.of(otherChannel)).isNotEqualTo(RequestFingerprint.of(submission));
    }

    @Test
    void hashesTheFieldsInAFixedOrder() throws Exception {
        assertThat(RequestFingerprint.canonicalJson(submission)).startsWith("{\"category\":\"REIMBURSEMENT\",\"channel\"");
    }
}
