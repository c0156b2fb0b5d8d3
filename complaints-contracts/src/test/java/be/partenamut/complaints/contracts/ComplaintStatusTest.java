package be.partenamut.complaints.contracts;

import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintClosed;
import be.partenamut.complaints.contracts.events.ComplaintDeclined;
import be.partenamut.complaints.contracts.events.InterimMessageRecorded;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintInstructed;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.contracts.events.PersonalDataErased;
import be.partenamut.complaints.contracts.events.RecommendationIssued;
import be.partenamut.complaints.contracts.events.SlaBreached;
import be.partenamut.complaints.contracts.events.SlaWarned;
import be.partenamut.complaints.contracts.events.UnknownComplaintEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static be.partenamut.complaints.contracts.ComplaintStatus.after;
import static be.partenamut.complaints.contracts.ComplaintStatus.reachedBy;
import static be.partenamut.complaints.contracts.ContractSamples.METADATA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintStatusTest {

    private static final SealedText TEXT = ContractSamples.sealed("text");

    @Test
    void followsTheComplaintThroughEveryStepOfItsLife() {
        assertThat(reachedBy(ContractSamples.complaintReceived())).contains(ComplaintStatus.RECEIVED);
        assertThat(reachedBy(new ComplaintAcknowledged(METADATA, ContractSamples.REFERENCE)))
                .contains(ComplaintStatus.ACKNOWLEDGED);
        assertThat(reachedBy(answer(AnsweringLine.FIRST_LINE, null))).contains(ComplaintStatus.FIRST_LINE_ANSWERED);
        assertThat(reachedBy(new ComplaintEscalated(METADATA, TEXT, Instant.now(), LocalDate.now())))
                .contains(ComplaintStatus.ESCALATED);
        assertThat(reachedBy(new ComplaintInstructed(METADATA, TEXT))).contains(ComplaintStatus.INSTRUCTED);
        assertThat(reachedBy(answer(AnsweringLine.COMPLAINTS_SERVICE, Outcome.UNFOUNDED)))
                .contains(ComplaintStatus.COMPLAINTS_SERVICE_ANSWERED);
        assertThat(reachedBy(new ComplaintClosed(METADATA, TEXT))).contains(ComplaintStatus.CLOSED);
    }

    @Test
    void tellsTheAnswersOfTheTwoLinesApartWhateverTheOutcome() {
        assertThat(reachedBy(answer(AnsweringLine.FIRST_LINE, null))).contains(ComplaintStatus.FIRST_LINE_ANSWERED);
        assertThat(reachedBy(answer(AnsweringLine.COMPLAINTS_SERVICE, null)))
                .contains(ComplaintStatus.COMPLAINTS_SERVICE_ANSWERED);
        assertThat(reachedBy(answer(AnsweringLine.COMPLAINTS_SERVICE, Outcome.FOUNDED)))
                .contains(ComplaintStatus.COMPLAINTS_SERVICE_ANSWERED);
    }

    @Test
    void leavesTheStatusAloneOnEventsThatAreNoStepOfTheComplaint() {
        assertThat(reachedBy(new ComplaintRouted(METADATA, "HEALTHCARE_REIMBURSEMENTS", "category", null))).isEmpty();
        assertThat(reachedBy(new ComplaintRouted(METADATA, "AGENCIES", "staff", "HEALTHCARE_REIMBURSEMENTS", "agent")))
                .isEmpty();
        assertThat(reachedBy(new RecommendationIssued(METADATA, UUID.randomUUID(), "AGENCIES", TEXT))).isEmpty();
        assertThat(reachedBy(new SlaWarned(METADATA, AnsweringLine.FIRST_LINE, LocalDate.now()))).isEmpty();
        assertThat(reachedBy(new SlaBreached(METADATA, AnsweringLine.FIRST_LINE, LocalDate.now()))).isEmpty();
        assertThat(reachedBy(new PersonalDataErased(METADATA, UUID.randomUUID(), ErasureCause.ERASURE_REQUEST)))
                .isEmpty();
        assertThat(reachedBy(new be.partenamut.complaints.contracts.events.DepartmentInputRequested(METADATA,
                UUID.randomUUID(), "HOME_CARE", TEXT))).isEmpty();
        assertThat(reachedBy(new be.partenamut.complaints.contracts.events.DepartmentInputGiven(METADATA,
                UUID.randomUUID(), "HOME_CARE", TEXT))).isEmpty();
        assertThat(reachedBy(new UnknownComplaintEvent(METADATA))).isEmpty();
    }

    @Test
    void keepsTheCurrentStatusWhenTheEventDoesNotMoveIt() {
        assertThat(after(ComplaintStatus.FIRST_LINE_ANSWERED, new SlaBreached(METADATA, AnsweringLine.FIRST_LINE,
                LocalDate.now()))).isEqualTo(ComplaintStatus.FIRST_LINE_ANSWERED);
        assertThat(after(ComplaintStatus.ESCALATED, new ComplaintClosed(METADATA, TEXT)))
                .isEqualTo(ComplaintStatus.CLOSED);
    }

    @Test
    void aDeclinedComplaintIsClosedAndAnInterimMessageMovesNothing() {
        assertThat(after(ComplaintStatus.ACKNOWLEDGED, new ComplaintDeclined(METADATA, DeclineReason.MEDICAL_ADVISOR,
                TEXT, "officer"))).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(after(ComplaintStatus.INSTRUCTED, new InterimMessageRecorded(METADATA, TEXT,
                LocalDate.parse("2027-01-15"), "officer"))).isEqualTo(ComplaintStatus.INSTRUCTED);
    }

    @Test
    void refusesAnAnswerThatNamesNoLine() {
        assertThatThrownBy(() -> reachedBy(answer(null, Outcome.FOUNDED)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names no line");
    }

    private static ComplaintAnswered answer(AnsweringLine line, Outcome outcome) {
        return new ComplaintAnswered(METADATA, line, outcome, ContractSamples.sealed("answer"));
    }
}
