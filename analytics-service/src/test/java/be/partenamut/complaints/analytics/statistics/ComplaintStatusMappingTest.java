package be.partenamut.complaints.analytics.statistics;

import be.partenamut.complaints.contracts.ContractSamples;
import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.UnknownComplaintEvent;
import be.partenamut.complaints.support.messaging.UnprocessableMessageException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static be.partenamut.complaints.analytics.statistics.ComplaintStatusMapping.statusAfter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintStatusMappingTest {

    private final ComplaintEvents complaint = new ComplaintEvents();

    @Test
    void followsTheComplaintThroughEveryStepOfItsLife() {
        assertThat(statusAfter(complaint.received(Channel.WEB_FORM, "REIMBURSEMENT", Instant.now())))
                .contains(ComplaintStatus.RECEIVED);
        assertThat(statusAfter(complaint.acknowledged())).contains(ComplaintStatus.ACKNOWLEDGED);
        assertThat(statusAfter(complaint.answeredByFirstLine())).contains(ComplaintStatus.FIRST_LINE_ANSWERED);
        assertThat(statusAfter(complaint.escalated())).contains(ComplaintStatus.ESCALATED);
        assertThat(statusAfter(complaint.instructed())).contains(ComplaintStatus.INSTRUCTED);
        assertThat(statusAfter(complaint.answeredByComplaintsService(Outcome.UNFOUNDED)))
                .contains(ComplaintStatus.COMPLAINTS_SERVICE_ANSWERED);
        assertThat(statusAfter(complaint.closed())).contains(ComplaintStatus.CLOSED);
    }

    @Test
    void tellsTheAnswersOfTheTwoLinesApartWhateverTheOutcome() {
        assertThat(statusAfter(answer(AnsweringLine.FIRST_LINE, null))).contains(ComplaintStatus.FIRST_LINE_ANSWERED);
        assertThat(statusAfter(answer(AnsweringLine.COMPLAINTS_SERVICE, null)))
                .contains(ComplaintStatus.COMPLAINTS_SERVICE_ANSWERED);
        assertThat(statusAfter(answer(AnsweringLine.COMPLAINTS_SERVICE, Outcome.FOUNDED)))
                .contains(ComplaintStatus.COMPLAINTS_SERVICE_ANSWERED);
    }

    @Test
    void leavesTheStatusAloneOnRoutingRecommendationsAndUnknownEvents() {
        assertThat(statusAfter(complaint.routed("HEALTHCARE_REIMBURSEMENTS", null))).isEmpty();
        assertThat(statusAfter(complaint.routed("AGENCIES", "HEALTHCARE_REIMBURSEMENTS"))).isEmpty();
        assertThat(statusAfter(complaint.recommendation("HEALTHCARE_REIMBURSEMENTS"))).isEmpty();
        assertThat(statusAfter(new UnknownComplaintEvent(metadata()))).isEmpty();
    }

    @Test
    void refusesAnAnswerThatNamesNoLine() {
        assertThatThrownBy(() -> statusAfter(answer(null, Outcome.FOUNDED)))
                .isInstanceOf(UnprocessableMessageException.class)
                .hasMessageContaining("no line");
    }

    private static ComplaintAnswered answer(AnsweringLine line, Outcome outcome) {
        return new ComplaintAnswered(metadata(), line, outcome, ContractSamples.sealed("Réponse."));
    }

    private static MessageMetadata metadata() {
        return MessageMetadata.of(UUID.randomUUID(), UUID.randomUUID(), Instant.now(), "test", null);
    }
}
