package be.partenamut.complaints.intake.request;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is fingerprinted: the canonical form of a submission. The keyed fingerprint itself needs a
 * complaint's key from the vault; {@code ComplaintSubmissionIT} covers it end to end.
 */
class RequestFingerprintTest {

    private final ComplaintSubmission submission = new ComplaintSubmission(Channel.PHONE, "100000001", "Sophie",
            "Peeters", null, Language.NL, "REIMBURSEMENT", "Terugbetaling", "Nog steeds niet uitgevoerd.");

    @Test
    void givesTheSameContentTheSameCanonicalForm() {
        ComplaintSubmission same = new ComplaintSubmission(Channel.PHONE, "100000001", "Sophie", "Peeters", "",
                Language.NL, "REIMBURSEMENT", "Terugbetaling", "Nog steeds niet uitgevoerd.");

        assertThat(RequestFingerprint.canonicalJson(same)).isEqualTo(RequestFingerprint.canonicalJson(submission));
    }

    @Test
    void tellsAnyOtherContentApart() {
        ComplaintSubmission otherText = new ComplaintSubmission(Channel.PHONE, "100000001", "Sophie", "Peeters", null,
                Language.NL, "REIMBURSEMENT", "Terugbetaling", "Nog steeds niet uitgevoerd!");
        ComplaintSubmission otherChannel = new ComplaintSubmission(Channel.AGENCY, "100000001", "Sophie", "Peeters",
                null, Language.NL, "REIMBURSEMENT", "Terugbetaling", "Nog steeds niet uitgevoerd.");

        assertThat(RequestFingerprint.canonicalJson(otherText)).isNotEqualTo(RequestFingerprint.canonicalJson(submission));
        assertThat(RequestFingerprint.canonicalJson(otherChannel))
                .isNotEqualTo(RequestFingerprint.canonicalJson(submission));
    }

    @Test
    void keepsTheCanonicalFormOfSubmissionsRegisteredBeforeEscalationsAndNationalRegisterNumbers() {
        assertThat(RequestFingerprint.canonicalJson(submission)).isEqualTo("{\"category\":\"REIMBURSEMENT\","
                + "\"channel\":\"PHONE\",\"description\":\"Nog steeds niet uitgevoerd.\",\"email\":null,"
                + "\"firstName\":\"Sophie\",\"language\":\"nl\",\"lastName\":\"Peeters\","
                + "\"memberNumber\":\"100000001\",\"subject\":\"Terugbetaling\"}");
        ComplaintSubmission toTheFirstLine = new ComplaintSubmission(Channel.PHONE, "100000001", "Sophie", "Peeters",
                null, null, Language.NL, Addressee.FIRST_LINE, null, "REIMBURSEMENT", "Terugbetaling",
                "Nog steeds niet uitgevoerd.");
        assertThat(RequestFingerprint.canonicalJson(toTheFirstLine)).isEqualTo(RequestFingerprint.canonicalJson(submission));
    }

    @Test
    void tellsAnEscalationOrANationalRegisterNumberApart() {
        ComplaintSubmission withNumber = new ComplaintSubmission(Channel.PHONE, "100000001", "Sophie", "Peeters",
                null, "85073003328", Language.NL, null, null, "REIMBURSEMENT", "Terugbetaling",
                "Nog steeds niet uitgevoerd.");
        ComplaintSubmission toTheComplaintsService = new ComplaintSubmission(Channel.PHONE, "100000001", "Sophie",
                "Peeters", null, null, Language.NL, Addressee.COMPLAINTS_SERVICE, null, "REIMBURSEMENT", "Terugbetaling",
                "Nog steeds niet uitgevoerd.");

        assertThat(RequestFingerprint.canonicalJson(withNumber)).contains("\"nationalRegisterNumber\":\"85073003328\"");
        assertThat(RequestFingerprint.canonicalJson(toTheComplaintsService))
                .isNotEqualTo(RequestFingerprint.canonicalJson(submission));
    }

    @Test
    void writesTheFieldsInAFixedOrder() {
        assertThat(RequestFingerprint.canonicalJson(submission)).startsWith("{\"category\":\"REIMBURSEMENT\",\"channel\"");
    }

    @Test
    void comparesFingerprintsOnlyWhenBothAreThere() {
        String fingerprint = "a".repeat(64);

        assertThat(RequestFingerprint.same(fingerprint, "a".repeat(64))).isTrue();
        assertThat(RequestFingerprint.same(fingerprint, "a".repeat(63) + "b")).isFalse();
        assertThat(RequestFingerprint.same(null, fingerprint)).isFalse();
    }
}
