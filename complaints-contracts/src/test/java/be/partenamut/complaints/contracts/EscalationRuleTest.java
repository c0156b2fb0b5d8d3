package be.partenamut.complaints.contracts;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every case of the one rule on escalating a complaint to the complaints service. */
class EscalationRuleTest {

    private static final UUID REQUEST = UUID.fromString("0eec7f42-92f4-4c75-9669-a8da8deb2881");
    private static final UUID ANOTHER_REQUEST = UUID.fromString("5b1c9e0a-3f7d-4c2e-8a6b-9d0e1f2a3b4c");

    @Test
    void escalatesAComplaintTheFirstLineAnswered() {
        assertThat(new EscalationRule(true, false, null).decide(REQUEST)).isEqualTo(Escalability.ALLOWED);
    }

    @Test
    void escalatesARequestNothingIdentifies() {
        assertThat(new EscalationRule(true, false, null).decide(null)).isEqualTo(Escalability.ALLOWED);
    }

    @Test
    void refusesBeforeTheFirstLineAnswered() {
        assertThat(new EscalationRule(false, false, null).decide(REQUEST))
                .isEqualTo(Escalability.FIRST_LINE_NOT_ANSWERED);
    }

    @Test
    void changesNothingWhenTheRequestThatEscalatedItComesAgain() {
        Escalability again = new EscalationRule(true, true, REQUEST).decide(REQUEST);

        assertThat(again).isEqualTo(Escalability.REPEATED);
        assertThat(again.refused()).isFalse();
    }

    @Test
    void refusesAnotherRequestOnceEscalated() {
        assertThat(new EscalationRule(true, true, REQUEST).decide(ANOTHER_REQUEST))
                .isEqualTo(Escalability.ALREADY_ESCALATED);
    }

    @Test
    void refusesEveryRequestWhenWhoEscalatedItIsNotKnown() {
        assertThat(new EscalationRule(true, true, null).decide(REQUEST)).isEqualTo(Escalability.ALREADY_ESCALATED);
        assertThat(new EscalationRule(true, true, null).decide(null)).isEqualTo(Escalability.ALREADY_ESCALATED);
    }

    @Test
    void refusesARequestNothingIdentifiesOnceEscalated() {
        assertThat(new EscalationRule(true, true, REQUEST).decide(null)).isEqualTo(Escalability.ALREADY_ESCALATED);
    }

    @Test
    void saysAlreadyEscalatedRatherThanNotAnsweredWhenBothHold() {
        // Seen by intake when the office's escalation arrived before the first line's answer.
        assertThat(new EscalationRule(false, true, null).decide(REQUEST)).isEqualTo(Escalability.ALREADY_ESCALATED);
    }

    @Test
    void refusesOnlyWhatTheMemberMustBeToldAbout() {
        assertThat(Escalability.values()).filteredOn(Escalability::refused)
                .containsExactlyInAnyOrder(Escalability.FIRST_LINE_NOT_ANSWERED, Escalability.ALREADY_ESCALATED,
                        Escalability.SUGGESTION);
    }

    @Test
    void neverEscalatesASuggestionWhereverItStands() {
        for (boolean answered : new boolean[] {false, true}) {
            assertThat(new EscalationRule(answered, false, null, SubmissionKind.SUGGESTION).decide(REQUEST))
                    .isEqualTo(Escalability.SUGGESTION);
        }
        assertThat(new EscalationRule(true, false, null, SubmissionKind.COMPLAINT).decide(REQUEST))
                .isEqualTo(Escalability.ALLOWED);
        assertThat(new EscalationRule(true, false, null, null).decide(REQUEST))
                .as("a complaint when the kind is not known").isEqualTo(Escalability.ALLOWED);
    }

    private static final LocalDate FIRST_LINE_DUE = LocalDate.parse("2026-12-09");

    @Test
    void refusesAnUnansweredComplaintUpToAndIncludingTheFirstLinesTargetDate() {
        EscalationRule rule = new EscalationRule(false, FIRST_LINE_DUE, false, null);
        assertThat(rule.decide(REQUEST, LocalDate.parse("2026-12-01"))).isEqualTo(Escalability.FIRST_LINE_NOT_ANSWERED);
        assertThat(rule.decide(REQUEST, FIRST_LINE_DUE)).isEqualTo(Escalability.FIRST_LINE_NOT_ANSWERED);
    }

    @Test
    void escalatesAnUnansweredComplaintOnceTheFirstLinesTargetDateHasPassed() {
        EscalationRule rule = new EscalationRule(false, FIRST_LINE_DUE, false, null);
        assertThat(rule.decide(REQUEST, FIRST_LINE_DUE.plusDays(1))).isEqualTo(Escalability.ALLOWED);
    }

    @Test
    void letsTheFirstLineAnswerFirstWhenItsTargetDateOrTheRequestsDayIsUnknown() {
        assertThat(new EscalationRule(false, null, false, null).decide(REQUEST, FIRST_LINE_DUE.plusDays(30)))
                .isEqualTo(Escalability.FIRST_LINE_NOT_ANSWERED);
        assertThat(new EscalationRule(false, FIRST_LINE_DUE, false, null).decide(REQUEST))
                .isEqualTo(Escalability.FIRST_LINE_NOT_ANSWERED);
    }

    @Test
    void refusesASecondEscalationEvenAfterTheFirstLinesTargetDate() {
        assertThat(new EscalationRule(false, FIRST_LINE_DUE, true, REQUEST).decide(ANOTHER_REQUEST, FIRST_LINE_DUE.plusDays(5)))
                .isEqualTo(Escalability.ALREADY_ESCALATED);
    }
}
