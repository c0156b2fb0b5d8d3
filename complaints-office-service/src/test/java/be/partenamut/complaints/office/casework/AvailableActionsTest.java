package be.partenamut.complaints.office.casework;

import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.office.complaint.api.ComplaintDeclinedEvent;
import be.partenamut.complaints.office.complaint.api.DeclineComplaintCommand;
import be.partenamut.complaints.office.complaint.api.RecordInterimMessageCommand;
import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintFileBuilder;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.office.complaint.api.AnswerAsComplaintsServiceCommand;
import be.partenamut.complaints.office.complaint.api.AnswerAsFirstLineCommand;
import be.partenamut.complaints.office.complaint.api.AssignDepartmentCommand;
import be.partenamut.complaints.office.complaint.api.CloseComplaintCommand;
import be.partenamut.complaints.office.complaint.api.ComplaintAcknowledgedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintAnsweredEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintClosedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintEscalatedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintId;
import be.partenamut.complaints.office.complaint.api.ComplaintInstructedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintReceivedEvent;
import be.partenamut.complaints.office.complaint.api.ComplaintRoutedEvent;
import be.partenamut.complaints.office.complaint.api.EscalateComplaintCommand;
import be.partenamut.complaints.office.complaint.api.InstructComplaintCommand;
import be.partenamut.complaints.office.complaint.api.AcceptRecommendationCommand;
import be.partenamut.complaints.office.complaint.api.IssueRecommendationCommand;
import be.partenamut.complaints.office.complaint.api.RecordRecommendationImplementationCommand;
import be.partenamut.complaints.office.complaint.api.RejectRecommendationCommand;
import be.partenamut.complaints.office.complaint.api.RecommendationIssuedEvent;
import be.partenamut.complaints.office.complaint.api.RecordDepartmentInputCommand;
import be.partenamut.complaints.office.complaint.api.RequestDepartmentInputCommand;
import be.partenamut.complaints.office.complaint.command.Complaint;
import be.partenamut.complaints.office.complaint.command.ComplaintProgress;
import be.partenamut.complaints.office.complaint.command.TransitionRefusedException;
import be.partenamut.complaints.support.security.Roles;
import be.partenamut.complaints.support.security.StaffMember;
import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static be.partenamut.complaints.office.casework.StaffAction.ANSWER_AS_COMPLAINTS_SERVICE;
import static be.partenamut.complaints.office.casework.StaffAction.ANSWER_FIRST_LINE;
import static be.partenamut.complaints.office.casework.StaffAction.CLOSE;
import static be.partenamut.complaints.office.casework.StaffAction.DECLINE;
import static be.partenamut.complaints.office.casework.StaffAction.RECORD_INTERIM_MESSAGE;
import static be.partenamut.complaints.office.casework.StaffAction.ESCALATE;
import static be.partenamut.complaints.office.casework.StaffAction.INSTRUCT;
import static be.partenamut.complaints.office.casework.StaffAction.ISSUE_RECOMMENDATION;
import static be.partenamut.complaints.office.casework.StaffAction.REQUEST_INPUT;
import static be.partenamut.complaints.office.casework.StaffAction.REROUTE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state a complaint can reach × every kind of staff: the actions offered are exactly those expected, and
 * each one offered is one the complaint accepts (and each one withheld from the administrator, who may do
 * everything staff may, is one it refuses), checked against the aggregate itself.
 */
class AvailableActionsTest {

    private static final ComplaintId ID = ComplaintId.of(UUID.fromString("6a0e4f0e-7f61-4a55-93b5-8d1b37b9a9c4"));
    private static final String DEPARTMENT = "HEALTHCARE_REIMBURSEMENTS";
    /** Tuesday 5 January 2027: an interim message's date of 29 January is a working day after it. */
    private static final java.time.Clock TODAY = java.time.Clock.fixed(Instant.parse("2027-01-05T09:00:00Z"),
            java.time.ZoneId.of("Europe/Brussels"));

    private static final StaffMember AGENT = staff("agent", DEPARTMENT, Roles.AGENT);
    private static final StaffMember AGENT_OF_ANOTHER_DEPARTMENT = staff("agent-home-care", "HOME_CARE", Roles.AGENT);
    private static final StaffMember AGENT_WITHOUT_DEPARTMENT = staff("agent-nowhere", null, Roles.AGENT);
    private static final StaffMember OFFICER = staff("officer", null, Roles.OFFICER);
    private static final StaffMember ADMIN = staff("admin", null, Roles.ADMIN);
    private static final StaffMember ANALYST = staff("analyst", null, Roles.ANALYST);

    /** Each state a complaint can reach, by the events that lead there, and how far it has then come. */
    enum State {
        ROUTED(progress(false, false, false, false, false), received(), acknowledged(), routed()),
        FIRST_LINE_ANSWERED(progress(false, true, false, false, false), received(), acknowledged(), routed(),
                firstLineAnswered()),
        CLOSED_AFTER_FIRST_LINE(progress(true, true, false, false, false), received(), acknowledged(), routed(),
                firstLineAnswered(), closed()),
        ESCALATED(progress(false, true, true, false, false), received(), acknowledged(), routed(),
                firstLineAnswered(), escalated()),
        REOPENED_BY_ESCALATION(progress(false, true, true, false, false), received(), acknowledged(), routed(),
                firstLineAnswered(), closed(), escalated()),
        INSTRUCTED(progress(false, true, true, true, false), received(), acknowledged(), routed(),
                firstLineAnswered(), escalated(), instructed()),
        ANSWERED_BY_COMPLAINTS_SERVICE(progress(false, true, true, true, true), received(), acknowledged(), routed(),
                firstLineAnswered(), escalated(), instructed(), complaintsServiceAnswered()),
        RECOMMENDATION_ISSUED(progress(false, true, true, true, true), received(), acknowledged(), routed(),
                firstLineAnswered(), escalated(), instructed(), complaintsServiceAnswered(), recommendationIssued()),
        CLOSED_AFTER_COMPLAINTS_SERVICE(progress(true, true, true, true, true), received(), acknowledged(), routed(),
                firstLineAnswered(), escalated(), instructed(), complaintsServiceAnswered(), closed()),
        DECLINED(new ComplaintProgress(true, true, false, false, false, true), received(), acknowledged(), routed(),
                firstLineAnswered(), new ComplaintDeclinedEvent(ID, DeclineReason.MEDICAL_ADVISOR, sealed("why"), "officer"),
                new ComplaintClosedEvent(ID, null)),
        SUGGESTION_ANSWERED(new ComplaintProgress(false, true, false, false, false, SubmissionKind.SUGGESTION),
                suggestionReceived(), acknowledged(), routed(), firstLineAnswered()),
        SUGGESTION_CLOSED(new ComplaintProgress(true, true, false, false, false, SubmissionKind.SUGGESTION),
                suggestionReceived(), acknowledged(), routed(), firstLineAnswered(), closed());

        final ComplaintProgress progress;
        final List<Object> events;

        State(ComplaintProgress progress, Object... events) {
            this.progress = progress;
            this.events = List.of(events);
        }
    }

    static Stream<Arguments> expectedActions() {
        return Stream.of(
                row(State.ROUTED, AGENT, ANSWER_FIRST_LINE, REROUTE),
                row(State.ROUTED, OFFICER, REROUTE, DECLINE),
                row(State.ROUTED, ADMIN, ANSWER_FIRST_LINE, REROUTE, DECLINE),
                row(State.FIRST_LINE_ANSWERED, AGENT, REROUTE, CLOSE),
                row(State.FIRST_LINE_ANSWERED, OFFICER, REROUTE, ESCALATE, DECLINE, CLOSE),
                row(State.FIRST_LINE_ANSWERED, ADMIN, REROUTE, ESCALATE, DECLINE, CLOSE),
                // A suggestion is never escalated, however far it has come.
                row(State.SUGGESTION_ANSWERED, AGENT, REROUTE, CLOSE),
                row(State.SUGGESTION_ANSWERED, OFFICER, REROUTE, DECLINE, CLOSE),
                row(State.SUGGESTION_ANSWERED, ADMIN, REROUTE, DECLINE, CLOSE),
                row(State.SUGGESTION_CLOSED, AGENT),
                row(State.SUGGESTION_CLOSED, OFFICER),
                row(State.SUGGESTION_CLOSED, ADMIN),
                row(State.CLOSED_AFTER_FIRST_LINE, AGENT),
                row(State.CLOSED_AFTER_FIRST_LINE, OFFICER, ESCALATE),
                row(State.CLOSED_AFTER_FIRST_LINE, ADMIN, ESCALATE),
                row(State.ESCALATED, AGENT),
                row(State.ESCALATED, OFFICER, REROUTE, INSTRUCT, REQUEST_INPUT, RECORD_INTERIM_MESSAGE, DECLINE),
                row(State.ESCALATED, ADMIN, REROUTE, INSTRUCT, REQUEST_INPUT, RECORD_INTERIM_MESSAGE, DECLINE),
                row(State.REOPENED_BY_ESCALATION, AGENT),
                row(State.REOPENED_BY_ESCALATION, OFFICER, REROUTE, INSTRUCT, REQUEST_INPUT, RECORD_INTERIM_MESSAGE,
                        DECLINE),
                row(State.REOPENED_BY_ESCALATION, ADMIN, REROUTE, INSTRUCT, REQUEST_INPUT, RECORD_INTERIM_MESSAGE,
                        DECLINE),
                row(State.INSTRUCTED, AGENT),
                row(State.INSTRUCTED, OFFICER, REROUTE, INSTRUCT, REQUEST_INPUT, ANSWER_AS_COMPLAINTS_SERVICE,
                        RECORD_INTERIM_MESSAGE, DECLINE),
                row(State.INSTRUCTED, ADMIN, REROUTE, INSTRUCT, REQUEST_INPUT, ANSWER_AS_COMPLAINTS_SERVICE,
                        RECORD_INTERIM_MESSAGE, DECLINE),
                row(State.ANSWERED_BY_COMPLAINTS_SERVICE, AGENT),
                row(State.ANSWERED_BY_COMPLAINTS_SERVICE, OFFICER, REROUTE, ISSUE_RECOMMENDATION, CLOSE),
                row(State.ANSWERED_BY_COMPLAINTS_SERVICE, ADMIN, REROUTE, ISSUE_RECOMMENDATION, CLOSE),
                row(State.RECOMMENDATION_ISSUED, AGENT),
                row(State.RECOMMENDATION_ISSUED, OFFICER, REROUTE, ISSUE_RECOMMENDATION, CLOSE),
                row(State.RECOMMENDATION_ISSUED, ADMIN, REROUTE, ISSUE_RECOMMENDATION, CLOSE),
                row(State.CLOSED_AFTER_COMPLAINTS_SERVICE, AGENT),
                // The lesson of a complaint may be drawn once it is settled.
                row(State.CLOSED_AFTER_COMPLAINTS_SERVICE, OFFICER, ISSUE_RECOMMENDATION),
                row(State.CLOSED_AFTER_COMPLAINTS_SERVICE, ADMIN, ISSUE_RECOMMENDATION),
                row(State.DECLINED, AGENT),
                row(State.DECLINED, OFFICER),
                row(State.DECLINED, ADMIN));
    }

    @ParameterizedTest(name = "{0}, {1}: {2}")
    @MethodSource("expectedActions")
    void offersExactlyTheActionsTheRoleMayTakeInTheState(State state, StaffMember caller, Set<StaffAction> expected) {
        assertThat(AvailableActions.of(state.progress, DEPARTMENT, true, caller)).isEqualTo(expected);
    }

    /** A silent first line blocks nobody once its target date has passed: officers may then register the escalation. */
    @org.junit.jupiter.api.Test
    void offersTheEscalationOfAnUnansweredComplaintOnceTheFirstLinesTargetDateHasPassed() {
        LocalDate target = LocalDate.parse("2026-12-09");
        ComplaintProgress unanswered = new ComplaintProgress(false, false, false, false, false, target);
        assertThat(AvailableActions.of(unanswered, DEPARTMENT, true, OFFICER, target)).doesNotContain(ESCALATE);
        assertThat(AvailableActions.of(unanswered, DEPARTMENT, true, OFFICER, target.plusDays(1))).contains(ESCALATE);
        assertThat(AvailableActions.of(unanswered, DEPARTMENT, true, AGENT, target.plusDays(1))).doesNotContain(ESCALATE);
    }

    /** Staff outside the complaint's reach, or whose role is not casework, are offered nothing, in every state. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void offersNothingToStaffOutsideTheDepartmentOrOutsideCasework(State state) {
        for (StaffMember outside : List.of(AGENT_OF_ANOTHER_DEPARTMENT, AGENT_WITHOUT_DEPARTMENT, ANALYST)) {
            assertThat(AvailableActions.of(state.progress, DEPARTMENT, true, outside)).as(outside.username()).isEmpty();
        }
        assertThat(AvailableActions.of(state.progress, null, true, AGENT)).as("not routed yet").isEmpty();
    }

    /** Once the member's data is erased no staff text can be sealed: only rerouting and closing remain. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void offersOnlyActionsWithoutATextOnceThePersonalDataIsErased(State state) {
        for (StaffMember caller : List.of(AGENT, OFFICER, ADMIN)) {
            Set<StaffAction> readable = AvailableActions.of(state.progress, DEPARTMENT, true, caller);
            Set<StaffAction> erased = AvailableActions.of(state.progress, DEPARTMENT, false, caller);
            assertThat(erased).as(caller.username())
                    .isEqualTo(readable.stream().filter(action -> action == REROUTE || action == CLOSE)
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffAction.class))));
        }
    }

    /** The page and the complaint never disagree: what is offered is accepted, what is withheld is refused. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("states")
    void offersWhatTheComplaintAcceptsAndWithholdsWhatItRefuses(State state) {
        Set<StaffAction> offered = AvailableActions.of(state.progress, DEPARTMENT, true, ADMIN);
        for (StaffAction action : StaffAction.values()) {
            FixtureConfiguration<Complaint> fixture = new AggregateTestFixture<>(Complaint.class);
            fixture.registerInjectableResource(WorkingDayCalendar.belgian());
            fixture.registerInjectableResource(TODAY);
            var result = fixture.given(state.events).when(command(action));
            if (offered.contains(action)) {
                result.expectSuccessfulHandlerExecution();
            } else {
                result.expectException(TransitionRefusedException.class);
            }
        }
    }

    @Test
    void everyStateAndEveryRoleIsCovered() {
        List<String> covered = expectedActions().map(arguments -> arguments.get()[0] + "/"
                + ((StaffMember) arguments.get()[1]).username()).toList();
        List<String> all = new ArrayList<>();
        for (State state : State.values()) {
            for (StaffMember caller : List.of(AGENT, OFFICER, ADMIN)) {
                all.add(state + "/" + caller.username());
            }
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(all);
    }

    static Stream<State> states() {
        return Arrays.stream(State.values());
    }

    private static Arguments row(State state, StaffMember caller, StaffAction... actions) {
        Set<StaffAction> expected = EnumSet.noneOf(StaffAction.class);
        expected.addAll(List.of(actions));
        return Arguments.of(state, caller, expected);
    }

    private static Object command(StaffAction action) {
        return switch (action) {
            case ANSWER_FIRST_LINE -> new AnswerAsFirstLineCommand(ID, sealed("answer"));
            case REROUTE -> new AssignDepartmentCommand(ID, "HOME_CARE", AssignDepartmentCommand.STAFF_REROUTE);
            // Before the first line's target date (2026-12-09), as the progress without a day decides.
            case ESCALATE -> new EscalateComplaintCommand(ID, sealed("reason"), Instant.parse("2026-12-08T09:00:00Z"),
                    LocalDate.parse("2027-01-12"), UUID.randomUUID());
            case INSTRUCT -> new InstructComplaintCommand(ID, sealed("findings"));
            case ANSWER_AS_COMPLAINTS_SERVICE -> new AnswerAsComplaintsServiceCommand(ID, Outcome.FOUNDED, sealed("answer"));
            case ISSUE_RECOMMENDATION -> new IssueRecommendationCommand(ID, UUID.randomUUID(), "HOME_CARE",
                    sealed("recommendation"));
            case RECORD_INTERIM_MESSAGE -> new RecordInterimMessageCommand(ID, sealed("why"),
                    LocalDate.parse("2027-01-29"), "officer");
            case DECLINE -> new DeclineComplaintCommand(ID, DeclineReason.NOT_ABOUT_OUR_SERVICES, sealed("why"), "officer");
            case REQUEST_INPUT -> new RequestDepartmentInputCommand(ID, UUID.randomUUID(), "HOME_CARE",
                    sealed("question"));
            // No request is open in these states: a reply is refused, so never offered.
            case GIVE_INPUT -> new RecordDepartmentInputCommand(ID, UUID.randomUUID(), sealed("reply"));
            case CLOSE -> new CloseComplaintCommand(ID, sealed("reason"));
            // Never offered on the complaint as a whole but on one of its recommendations: a command on a
            // recommendation the complaint does not have is refused.
            case ACCEPT_RECOMMENDATION -> new AcceptRecommendationCommand(ID, UUID.randomUUID());
            case REJECT_RECOMMENDATION -> new RejectRecommendationCommand(ID, UUID.randomUUID(), sealed("reason"));
            case RECORD_RECOMMENDATION_IMPLEMENTATION -> new RecordRecommendationImplementationCommand(ID,
                    UUID.randomUUID(), LocalDate.parse("2026-12-10"), Instant.parse("2026-12-10T09:00:00Z"));
        };
    }

    private static StaffMember staff(String username, String department, String role) {
        return new StaffMember(username, Set.of(role), department, List.of());
    }

    private static ComplaintProgress progress(boolean closed, boolean firstLineAnswered, boolean escalated,
                                              boolean instructed, boolean answeredByComplaintsService) {
        return new ComplaintProgress(closed, firstLineAnswered, escalated, instructed, answeredByComplaintsService);
    }

    private static SealedText sealed(String what) {
        return SealedText.of("pd1.test-" + what.hashCode());
    }

    private static ComplaintReceivedEvent suggestionReceived() {
        return new ComplaintReceivedEvent(ID, ComplaintFileBuilder.from(received().file()).suggestion().build());
    }

    private static ComplaintReceivedEvent received() {
        return new ComplaintReceivedEvent(ID, ComplaintFileBuilder.sample().reference("PL-2026-000777")
                .channel(Channel.WEB_FORM)
                .member(new MemberContact(UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"), sealed("1"),
                        sealed("Sophie"), sealed("Peeters"), sealed("sophie@example.be"), Language.NL))
                .category("REIMBURSEMENT").subject(sealed("subject")).description(sealed("description"))
                .product(null).agency(null).receivedAt(Instant.parse("2026-11-26T09:15:00Z"))
                .firstLineDueDate(LocalDate.parse("2026-12-09")).possibleDuplicateOf(null).build());
    }

    private static ComplaintAcknowledgedEvent acknowledged() {
        return new ComplaintAcknowledgedEvent(ID, "PL-2026-000777");
    }

    private static ComplaintRoutedEvent routed() {
        return new ComplaintRoutedEvent(ID, DEPARTMENT, "category-reimbursement", null);
    }

    private static ComplaintAnsweredEvent firstLineAnswered() {
        return new ComplaintAnsweredEvent(ID, AnsweringLine.FIRST_LINE, null, sealed("first-line answer"));
    }

    private static ComplaintClosedEvent closed() {
        return new ComplaintClosedEvent(ID, sealed("closed"));
    }

    private static ComplaintEscalatedEvent escalated() {
        return new ComplaintEscalatedEvent(ID, sealed("disagrees"), Instant.parse("2026-12-07T10:00:00Z"),
                LocalDate.parse("2027-01-05"), UUID.fromString("0eec7f42-92f4-4c75-9669-a8da8deb2881"));
    }

    private static ComplaintInstructedEvent instructed() {
        return new ComplaintInstructedEvent(ID, sealed("findings"));
    }

    private static ComplaintAnsweredEvent complaintsServiceAnswered() {
        return new ComplaintAnsweredEvent(ID, AnsweringLine.COMPLAINTS_SERVICE, Outcome.PARTLY_FOUNDED,
                sealed("complaints service answer"));
    }

    private static RecommendationIssuedEvent recommendationIssued() {
        return new RecommendationIssuedEvent(ID, UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"),
                DEPARTMENT, sealed("recommendation"));
    }
}
