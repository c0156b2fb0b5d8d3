package be.partenamut.complaints.intake.form;

import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.intake.form.web.ComplaintForm;
import be.partenamut.complaints.intake.request.ComplaintSubmission;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The web form's choice between a complaint and a suggestion, as the member's browser posts it. */
class ComplaintFormTest {

    @Test
    void sendsASuggestionOnlyWhenTheMemberChoseOne() {
        assertThat(form("SUGGESTION").toSubmission(Language.FR).submissionKind()).isEqualTo(SubmissionKind.SUGGESTION);
        assertThat(form("COMPLAINT").toSubmission(Language.FR).submissionKind()).isEqualTo(SubmissionKind.COMPLAINT);
        // Nothing chosen, or a value the form never offers: the form's default, a complaint with its periods.
        assertThat(form(null).toSubmission(Language.FR).submissionKind()).isEqualTo(SubmissionKind.COMPLAINT);
        assertThat(form("suggestion ").toSubmission(Language.FR).submissionKind()).isEqualTo(SubmissionKind.COMPLAINT);
    }

    @Test
    void keepsTheChoiceWhenTheFormComesBackAndPostsThroughTheWebFormsChannel() {
        ComplaintForm chosen = form("SUGGESTION");

        ComplaintSubmission submission = chosen.withKey(ComplaintForm.empty().submissionKey()).toSubmission(Language.NL);

        assertThat(chosen.values()).containsEntry("kind", "SUGGESTION");
        assertThat(ComplaintForm.empty().values()).containsEntry("kind", "COMPLAINT");
        assertThat(submission.channel()).isEqualTo(Channel.WEB_FORM);
        assertThat(submission.suggests()).isTrue();
    }

    private static ComplaintForm form(String kind) {
        return new ComplaintForm("100000001", "Sophie", "Peeters", "sophie.peeters@example.be", null, "REIMBURSEMENT",
                "Online afspraak", "Een idee.", null, kind, null);
    }
}
