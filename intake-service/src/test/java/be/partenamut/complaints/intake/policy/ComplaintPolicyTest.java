package be.partenamut.complaints.intake.policy;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.intake.member.Member;
import be.partenamut.complaints.intake.request.ComplaintSubmission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may complain: every combination of member number (none, known with or without a postal address,
 * unknown), names (both, one, none) and email address (given or not). Only anonymous complaints and
 * unknown member numbers are refused here; being a member is not a condition.
 */
class ComplaintPolicyTest {

    private static final String WITH_ADDRESS = "100000001";
    private static final String WITHOUT_ADDRESS = "100000009";
    private static final String UNKNOWN = "999999999";

    private final ComplaintPolicy policy = new ComplaintPolicy(number -> Optional.ofNullable(Map.of(
            WITH_ADDRESS, new Member(WITH_ADDRESS, Language.FR, "Bruxelles"),
            WITHOUT_ADDRESS, new Member(WITHOUT_ADDRESS, Language.NL, null)).get(number)));

    @ParameterizedTest(name = "member {0}, names {1}, email {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            // No member number: a prospect, an heir, someone acting for a member — both names and an email.
            "-,               both,  yes, ACCEPTED",
            "-,               both,  no,  ANONYMOUS",
            "-,               first, yes, ANONYMOUS",
            "-,               first, no,  ANONYMOUS",
            "-,               last,  yes, ANONYMOUS",
            "-,               none,  yes, ANONYMOUS",
            "-,               none,  no,  ANONYMOUS",
            // A known member the post reaches: the number and the registry's address identify them.
            "100000001,       both,  yes, ACCEPTED",
            "100000001,       both,  no,  ACCEPTED",
            "100000001,       first, yes, ACCEPTED",
            "100000001,       first, no,  ACCEPTED",
            "100000001,       none,  yes, ACCEPTED",
            "100000001,       none,  no,  ACCEPTED",
            // A known member the post does not reach: names or an email besides the number.
            "100000009,       both,  yes, ACCEPTED",
            "100000009,       both,  no,  ACCEPTED",
            "100000009,       first, yes, ACCEPTED",
            "100000009,       first, no,  ANONYMOUS",
            "100000009,       none,  yes, ACCEPTED",
            "100000009,       none,  no,  ANONYMOUS",
            // A member number, when given, is still checked, whatever else is given.
            "999999999,       both,  yes, UNKNOWN_MEMBER",
            "999999999,       both,  no,  UNKNOWN_MEMBER",
            "999999999,       none,  yes, UNKNOWN_MEMBER",
            "999999999,       none,  no,  UNKNOWN_MEMBER"})
    void decidesWhoMayComplain(String memberNumber, String names, String email, String expected) {
        ComplaintSubmission submission = submission(memberNumber, names, "yes".equals(email), "REIMBURSEMENT");

        if (expected.equals("ACCEPTED")) {
            Optional<Member> member = policy.check(submission);
            assertThat(member.map(Member::memberNumber)).isEqualTo(Optional.ofNullable(memberNumber));
        } else {
            assertThatThrownBy(() -> policy.check(submission)).isInstanceOfSatisfying(PolicyRefusedException.class,
                    refused -> assertThat(refused.refusal()).isEqualTo(Refusal.valueOf(expected)));
        }
    }

    @ParameterizedTest(name = "category {0}, member {1}")
    @CsvSource(nullValues = "-", value = {
            "OTHER_ORGANISATION, -,         NOT_ABOUT_OUR_SERVICES",
            "OTHER_ORGANISATION, 999999999, NOT_ABOUT_OUR_SERVICES",
            "MEDICAL_ADVISOR,    -,         MEDICAL_ADVISOR",
            "MEDICAL_ADVISOR,    100000001, MEDICAL_ADVISOR"})
    void refusesOutOfScopeComplaintsWhoeverAsks(String category, String memberNumber, Refusal expected) {
        assertThatThrownBy(() -> policy.check(submission(memberNumber, "both", true, category)))
                .isInstanceOfSatisfying(PolicyRefusedException.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(expected));
    }

    @Test
    void takesABlankMemberNumberForNone() {
        ComplaintSubmission submission = new ComplaintSubmission(Channel.WEB_FORM, "  ", "Luc", "Martin",
                "luc.martin@example.be", Language.FR, "REIMBURSEMENT", "Remboursement", "Mon père, décédé, ...");

        assertThat(policy.check(submission)).isEmpty();
    }

    private static ComplaintSubmission submission(String memberNumber, String names, boolean email, String category) {
        String firstName = names.equals("both") || names.equals("first") ? "Luc" : null;
        String lastName = names.equals("both") || names.equals("last") ? "Martin" : null;
        return new ComplaintSubmission(Channel.PHONE, memberNumber, firstName, lastName,
                email ? "luc.martin@example.be" : null, Language.FR, category, "Remboursement",
                "Le remboursement n'est pas arrivé.");
    }
}
