package be.partenamut.complaints.office.pages.complaint.web;

import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.office.casework.StaffAction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActionFormTest {

    @Test
    void asksForTheTextEachActionNeeds() {
        ActionForm empty = new ActionForm();
        empty.setText("   ");

        assertThat(empty.problems(StaffAction.ANSWER_FIRST_LINE)).containsEntry("text", "complaint.validation.required");
        assertThat(empty.problems(StaffAction.INSTRUCT)).containsEntry("text", "complaint.validation.required");
        assertThat(empty.problems(StaffAction.ESCALATE)).containsEntry("text", "complaint.validation.required");
        assertThat(empty.problems(StaffAction.CLOSE)).as("a closure's reason is optional").isEmpty();
    }

    @Test
    void asksForAnOutcomeAndADepartmentCode() {
        ActionForm form = new ActionForm();
        form.setText("Antwoord.");
        form.setDepartment("home care");

        assertThat(form.problems(StaffAction.ANSWER_AS_COMPLAINTS_SERVICE)).containsOnlyKeys("outcome");
        assertThat(form.problems(StaffAction.REROUTE)).containsEntry("department", "complaint.validation.department");
        form.setOutcome(Outcome.FOUNDED);
        form.setDepartment(" home_care ");
        assertThat(form.problems(StaffAction.ANSWER_AS_COMPLAINTS_SERVICE)).isEmpty();
        assertThat(form.problems(StaffAction.ISSUE_RECOMMENDATION)).isEmpty();
        assertThat(form.departmentCode()).isEqualTo("HOME_CARE");
    }

    @Test
    void refusesATextLongerThanTheCommandTakes() {
        ActionForm form = new ActionForm();
        form.setText("x".repeat(ActionForm.SHORT_TEXT + 1));

        assertThat(form.problems(StaffAction.ESCALATE)).containsEntry("text", "complaint.validation.too-long");
        assertThat(form.problems(StaffAction.CLOSE)).containsEntry("text", "complaint.validation.too-long");
        assertThat(form.problems(StaffAction.ANSWER_FIRST_LINE)).isEmpty();
    }
}
