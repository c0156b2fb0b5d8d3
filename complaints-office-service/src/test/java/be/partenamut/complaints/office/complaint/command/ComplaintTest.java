package be.partenamut.complaints.office.complaint.command;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintFileBuilder;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MemberContact;
import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.contracts.ErasureCause;
import be.partenamut.complaints.office.complaint.api.AnswerAsComplaintsServiceCommand;
import be.partenamut.complaints.office.complaint.api.AnswerAsFirstLineCommand;
import be.partenamut.complaints.office.complaint.api.AssignDepartmentCommand;
import be.partenamut.complaints.office.complaint.api.CloseComplaintCommand;
import be.partenamut.complaints.office.complaint.api.Commands;
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
import be.partenamut.complaints.office.complaint.api.IssueRecommendationCommand;
import be.partenamut.complaints.office.complaint.api.PersonalDataErasedEvent;
import be.partenamut.complaints.office.complaint.api.ReceiveComplaintCommand;
import be.partenamut.complaints.office.complaint.api.RecommendationIssuedEvent;
import be.partenamut.complaints.office.complaint.api.RecordPersonalDataErasureCommand;
import be.partenamut.complaints.office.complaint.api.RecordSlaBreachCommand;
import be.partenamut.complaints.office.complaint.api.RecordSlaWarningCommand;
import be.partenamut.complaints.office.complaint.api.SlaBreachedEvent;
import be.partenamut.complaints.office.complaint.api.SlaWarnedEvent;
import be.partenamut.complaints.workingdays.WorkingDayCalendar;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Every transition of a complaint's life the policy allows, and the ones it refuses. */
class ComplaintTest {

    private static final ComplaintId ID = ComplaintId.of(UUID.fromString("3d9f5a12-8c44-4b1b-a3e2-7c5e9b1d2f10"));
    private static final String REFERENCE = "PL-2026-000123";
    private static final UUID SUBJECT_ID = UUID.fromString("8e1f6c3a-2b4d-4f5e-9a7b-6c5d4e3f2a1b");
    private static final MemberContact MEMBER = new MemberContact(SUBJECT_ID, sealed("100000001"), sealed("Sophie"),
            sealed("Peeters"), sealed("sophie.peeters@example.be"), Language.NL);
    private static final Instant RECEIVED_AT = Instant.parse("2026-11-26T09:15:00Z");
    private static final Instant ESCALATED_AT = Instant.parse("2026-12-07T10:00:00Z");
    private static final LocalDate FIRST_LINE_DUE = LocalDate.parse("2026-12-09");
    private static final LocalDate COMPLAINTS_SERVICE_DUE = LocalDate.parse("2027-01-05");
    private static final UUID RECOMMENDATION_ID = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    private static final UUID ESCALATION_REQUEST = UUID.fromString("0eec7f42-92f4-4c75-9669-a8da8deb2881");
    private static final UUID ANOTHER_ESCALATION_REQUEST = UUID.fromString("5b1c9e0a-3f7d-4c2e-8a6b-9d0e1f2a3b4c");

    private FixtureConfiguration<Complaint> fixture;

    /** The aggregate never opens personal data: any sealed value will do. */
    private static SealedText sealed(String what) {
        return SealedText.of("pd1.test-" + what.hashCode());
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(WorkingDayCalendar.belgian());
    }

    // --- the events of a complaint's life, in order ---

    private static ComplaintReceivedEvent received() {
        return new ComplaintReceivedEvent(ID, ComplaintFileBuilder.sample().reference(REFERENCE).channel(Channel.WEB_FORM)
                .member(MEMBER).category("REIMBURSEMENT").subject(sealed("Terugbetaling kinesitherapie"))
                .description(sealed("Nog niet terugbetaald.")).product("HOSPITALISATION_PLUS").agency(null)
                .receivedAt(RECEIVED_AT).firstLineDueDate(FIRST_LINE_DUE).possibleDuplicateOf(null).build());
    }

    private static ComplaintAcknowledgedEvent acknowledged() {
        return new ComplaintAcknowledgedEvent(ID, REFERENCE);
    }

    private static ComplaintRoutedEvent routed() {
        return new ComplaintRoutedEvent(ID, "HEALTHCARE_REIMBURSEMENTS", "category-reimbursement", null);
    }

    /** A member of staff moved the complaint to another department. */
    private static ComplaintRoutedEvent rerouted() {
        return new ComplaintRoutedEvent(ID, "AGENCIES", "staff", "HEALTHCARE_REIMBURSEMENTS");
    }

    private static ComplaintAnsweredEvent firstLineAnswered() {
        return new ComplaintAnsweredEvent(ID, AnsweringLine.FIRST_LINE, null, sealed("Uw dossier is in orde gebracht."));
    }

    private static ComplaintEscalatedEvent escalated() {
        return new ComplaintEscalatedEvent(ID, sealed("Ik ben het niet eens met het antwoord."), ESCALATED_AT,
                COMPLAINTS_SERVICE_DUE, ESCALATION_REQUEST);
    }

    private static ComplaintInstructedEvent instructed() {
        return new ComplaintInstructedEvent(ID, sealed("Attest ontvangen op 14 oktober, verwerkt op 18 november."));
    }

    private static ComplaintAnsweredEvent complaintsServiceAnswered() {
        return new ComplaintAnsweredEvent(ID, AnsweringLine.COMPLAINTS_SERVICE, Outcome.PARTLY_FOUNDED,
                sealed("De terugbetaling is uitgevoerd; de vertraging was niet gerechtvaardigd."));
    }

    private static RecommendationIssuedEvent recommendationIssued() {
        return new RecommendationIssuedEvent(ID, RECOMMENDATION_ID, "HEALTHCARE_REIMBURSEMENTS",
                sealed("Attesten binnen vijf werkdagen verwerken."));
    }

    private static ComplaintClosedEvent closed() {
        return new ComplaintClosedEvent(ID, sealed("Resultaat meegedeeld."));
    }

    // --- the commands ---

    private static ReceiveComplaintCommand receive() {
        return new ReceiveComplaintCommand(ID, received().file());
    }

    private static AnswerAsFirstLineCommand answerAsFirstLine() {
        return new AnswerAsFirstLineCommand(ID, firstLineAnswered().answer());
    }

    private static EscalateComplaintCommand escalate() {
        return new EscalateComplaintCommand(ID, escalated().reason(), ESCALATED_AT, COMPLAINTS_SERVICE_DUE,
                ESCALATION_REQUEST);
    }

    /** The member, or a member of staff, asks again: a request of its own. */
    private static EscalateComplaintCommand escalateAnew() {
        return new EscalateComplaintCommand(ID, sealed("Nog steeds niet akkoord."), ESCALATED_AT.plusSeconds(3600),
                COMPLAINTS_SERVICE_DUE, ANOTHER_ESCALATION_REQUEST);
    }

    private static InstructComplaintCommand instruct() {
        return new InstructComplaintCommand(ID, instructed().findings());
    }

    private static AnswerAsComplaintsServiceCommand answerAsComplaintsService() {
        return new AnswerAsComplaintsServiceCommand(ID, Outcome.PARTLY_FOUNDED, complaintsServiceAnswered().answer());
    }

    private static IssueRecommendationCommand recommend() {
        return new IssueRecommendationCommand(ID, RECOMMENDATION_ID, "HEALTHCARE_REIMBURSEMENTS",
                recommendationIssued().recommendation());
    }

    private static CloseComplaintCommand close() {
        return new CloseComplaintCommand(ID, closed().reason());
    }

    private static void expectRefused(TestExecutor<Complaint> given, Object command, Refusal refusal) {
        given.when(command)
                .expectException(TransitionRefusedException.class)
                .expectExceptionMessage(refusal.message())
                .expectNoEvents();
    }

    @Nested
    class Receipt {

        @Test
        void registersTheComplaintAndAcknowledgesItAtOnce() {
            fixture.givenNoPriorActivity()
                    .when(receive())
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(received(), acknowledged());
        }

        @Test
        void registersARedeliveredSubmissionOnlyOnce() {
            fixture.given(received(), acknowledged())
                    .when(receive())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }
    }

    @Nested
    class Routing {

        @Test
        void putsTheComplaintInTheQueueOfTheDepartmentInCharge() {
            fixture.given(received(), acknowledged())
                    .when(new AssignDepartmentCommand(ID, "HEALTHCARE_REIMBURSEMENTS", "category-reimbursement"))
                    .expectEvents(routed());
        }

        @Test
        void remembersThePreviousDepartmentWhenRerouted() {
            fixture.given(received(), acknowledged(), routed())
                    .when(new AssignDepartmentCommand(ID, "AGENCIES", "staff"))
                    .expectEvents(new ComplaintRoutedEvent(ID, "AGENCIES", "staff", "HEALTHCARE_REIMBURSEMENTS"));
        }

        @Test
        void ignoresARedeliveredDecisionForTheSameDepartment() {
            fixture.given(received(), acknowledged(), routed())
                    .when(new AssignDepartmentCommand(ID, "HEALTHCARE_REIMBURSEMENTS", "category-reimbursement"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void keepsTheDepartmentStaffChoseWhenARoutingDecisionArrivesLate() {
            fixture.given(received(), acknowledged(), routed(), rerouted())
                    .when(new AssignDepartmentCommand(ID, "SERVICE_CENTER", "default"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void keepsTheDepartmentStaffChoseBeforeRoutingDecidedAtAll() {
            fixture.given(received(), acknowledged(), new ComplaintRoutedEvent(ID, "AGENCIES", "staff", null))
                    .when(new AssignDepartmentCommand(ID, "HEALTHCARE_REIMBURSEMENTS", "category-reimbursement"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void ignoresALateRoutingDecisionOnAComplaintStaffReroutedAndClosed() {
            fixture.given(received(), acknowledged(), routed(), rerouted(), firstLineAnswered(), closed())
                    .when(new AssignDepartmentCommand(ID, "SERVICE_CENTER", "default"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void letsStaffRerouteAgain() {
            fixture.given(received(), acknowledged(), routed(), rerouted())
                    .when(new AssignDepartmentCommand(ID, "SERVICE_CENTER", "staff"))
                    .expectEvents(new ComplaintRoutedEvent(ID, "SERVICE_CENTER", "staff", "AGENCIES"));
        }

        @Test
        void passesAnEscalatedComplaintToTheComplaintsServiceWhateverStaffChoseForTheFirstLine() {
            fixture.given(received(), acknowledged(), routed(), rerouted(), firstLineAnswered(), escalated())
                    .when(new AssignDepartmentCommand(ID, "COMPLAINTS_SERVICE", "escalation"))
                    .expectEvents(new ComplaintRoutedEvent(ID, "COMPLAINTS_SERVICE", "escalation", "AGENCIES"));
        }

        @Test
        void keepsTheDepartmentStaffChoseAfterTheEscalation() {
            fixture.given(received(), acknowledged(), routed(), firstLineAnswered(), escalated(),
                            new ComplaintRoutedEvent(ID, "AGENCIES", "staff", "HEALTHCARE_REIMBURSEMENTS"))
                    .when(new AssignDepartmentCommand(ID, "COMPLAINTS_SERVICE", "escalation"))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesToRouteAClosedComplaint() {
            expectRefused(fixture.given(received(), acknowledged(), routed(), firstLineAnswered(), closed()),
                    new AssignDepartmentCommand(ID, "AGENCIES", "staff"), Refusal.CLOSED);
        }
    }

    @Nested
    class FirstLineAnswer {

        @Test
        void recordsTheAnswerOfTheServiceInCharge() {
            fixture.given(received(), acknowledged(), routed())
                    .when(answerAsFirstLine())
                    .expectEvents(firstLineAnswered());
        }

        @Test
        void mayAnswerBeforeRoutingWhenTheCounsellorAnswersDirectly() {
            fixture.given(received(), acknowledged())
                    .when(answerAsFirstLine())
                    .expectEvents(firstLineAnswered());
        }

        @Test
        void refusesASecondFirstLineAnswer() {
            expectRefused(fixture.given(received(), acknowledged(), routed(), firstLineAnswered()),
                    answerAsFirstLine(), Refusal.FIRST_LINE_ALREADY_ANSWERED);
        }

        @Test
        void refusesToAnswerAClosedComplaint() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), closed()),
                    answerAsFirstLine(), Refusal.CLOSED);
        }

        @Test
        void refusesAFirstLineAnswerOnceTheComplaintsServiceHasIt() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated()),
                    answerAsFirstLine(), Refusal.WITH_COMPLAINTS_SERVICE);
        }
    }

    @Nested
    class Escalation {

        @Test
        void passesTheComplaintToTheComplaintsServiceWhenDisagreementRemains() {
            fixture.given(received(), acknowledged(), routed(), firstLineAnswered())
                    .when(escalate())
                    .expectEvents(escalated());
        }

        @Test
        void keepsTheMembersRightToEscalateAfterAFirstLineClosure() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), closed())
                    .when(escalate())
                    .expectEvents(escalated());
        }

        @Test
        void refusesToEscalateBeforeTheFirstLineAnswered() {
            expectRefused(fixture.given(received(), acknowledged(), routed()),
                    escalate(), Refusal.FIRST_LINE_NOT_ANSWERED);
        }

        @Test
        void refusesToEscalateASuggestionEvenOnceAnswered() {
            ComplaintReceivedEvent suggestion = new ComplaintReceivedEvent(ID,
                    ComplaintFileBuilder.from(received().file()).suggestion().build());
            expectRefused(fixture.given(suggestion, acknowledged(), routed(), firstLineAnswered()),
                    escalate(), Refusal.SUGGESTION_NOT_ESCALABLE);
        }

        @Test
        void refusesASecondEscalation() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated()),
                    escalateAnew(), Refusal.ALREADY_ESCALATED);
        }

        @Test
        void changesNothingWhenTheSameRequestArrivesAgain() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated())
                    .when(escalate())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void changesNothingWhenTheSameRequestArrivesAgainAfterTheComplaintsServiceClosedIt() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                            complaintsServiceAnswered(), closed())
                    .when(escalate())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void refusesToEscalateAgainAfterTheComplaintsServiceClosedIt() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                    complaintsServiceAnswered(), closed()),
                    escalateAnew(), Refusal.ALREADY_ESCALATED);
        }

        @Test
        void refusesEveryRequestAfterAnEscalationStoredWithoutItsRequest() {
            // As the event store holds it since before escalations named their request.
            ComplaintEscalatedEvent stored = StoredEvents.payload("ComplaintEscalatedEvent-rev1.json",
                    ComplaintEscalatedEvent.class);
            assertThat(stored.requestId()).isNull();
            assertThat(stored.dueDate()).isEqualTo(LocalDate.parse("2027-01-06"));

            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), stored),
                    escalate(), Refusal.ALREADY_ESCALATED);
        }
    }

    @Nested
    class Instruction {

        @Test
        void recordsTheAnalysisOfAnEscalatedComplaint() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated())
                    .when(instruct())
                    .expectEvents(instructed());
        }

        @Test
        void addsFurtherFindingsWhileTheAnalysisGoesOn() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed())
                    .when(instruct())
                    .expectEvents(instructed());
        }

        @Test
        void instructsAComplaintClosedAtTheFirstLineOnceTheMemberEscalatedIt() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), closed(), escalated())
                    .when(instruct())
                    .expectEvents(instructed());
        }

        @Test
        void refusesToInstructAComplaintThatWasNotEscalated() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered()),
                    instruct(), Refusal.NOT_ESCALATED);
        }

        @Test
        void refusesToInstructAfterTheResultWasCommunicated() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                    complaintsServiceAnswered()),
                    instruct(), Refusal.COMPLAINTS_SERVICE_ALREADY_ANSWERED);
        }
    }

    @Nested
    class ComplaintsServiceAnswer {

        @Test
        void communicatesTheResultWithItsOutcome() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed())
                    .when(answerAsComplaintsService())
                    .expectEvents(complaintsServiceAnswered());
        }

        @Test
        void refusesAnAnswerBeforeTheInstruction() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated()),
                    answerAsComplaintsService(), Refusal.NOT_INSTRUCTED);
        }

        @Test
        void refusesAnAnswerOnAComplaintThatWasNotEscalated() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered()),
                    answerAsComplaintsService(), Refusal.NOT_ESCALATED);
        }

        @Test
        void refusesASecondResult() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                    complaintsServiceAnswered()),
                    answerAsComplaintsService(), Refusal.COMPLAINTS_SERVICE_ALREADY_ANSWERED);
        }

        @Test
        void refusesToAnswerAClosedComplaint() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                    complaintsServiceAnswered(), closed()),
                    answerAsComplaintsService(), Refusal.CLOSED);
        }
    }

    @Nested
    class Recommendation {

        @Test
        void recommendsAChangeToTheDepartmentConcerned() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                            complaintsServiceAnswered())
                    .when(recommend())
                    .expectEvents(recommendationIssued());
        }

        @Test
        void mayIssueSeveralRecommendations() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                            complaintsServiceAnswered(), recommendationIssued())
                    .when(recommend())
                    .expectEvents(recommendationIssued());
        }

        @Test
        void refusesARecommendationOnAComplaintTheComplaintsServiceHasNotAnswered() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed()),
                    recommend(), Refusal.COMPLAINTS_SERVICE_NOT_ANSWERED);
        }

        @Test
        void refusesARecommendationOnAFirstLineComplaint() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered()),
                    recommend(), Refusal.COMPLAINTS_SERVICE_NOT_ANSWERED);
        }

        @Test
        void refusesARecommendationOnAClosedComplaint() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                    complaintsServiceAnswered(), closed()),
                    recommend(), Refusal.CLOSED);
        }
    }

    @Nested
    class Closure {

        @Test
        void closesAComplaintAnsweredByTheFirstLine() {
            fixture.given(received(), acknowledged(), routed(), firstLineAnswered())
                    .when(close())
                    .expectEvents(closed());
        }

        @Test
        void closesAComplaintAnsweredByTheComplaintsService() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed(),
                            complaintsServiceAnswered(), recommendationIssued())
                    .when(close())
                    .expectEvents(closed());
        }

        @Test
        void refusesToCloseAnUnansweredComplaint() {
            expectRefused(fixture.given(received(), acknowledged(), routed()),
                    close(), Refusal.NOT_ANSWERED);
        }

        @Test
        void refusesToCloseAnEscalatedComplaintBeforeTheComplaintsServiceAnswered() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(), instructed()),
                    close(), Refusal.COMPLAINTS_SERVICE_NOT_ANSWERED);
        }

        @Test
        void refusesToCloseTwice() {
            expectRefused(fixture.given(received(), acknowledged(), firstLineAnswered(), closed()),
                    close(), Refusal.CLOSED);
        }
    }

    @Nested
    class PersonalDataErasure {

        private RecordPersonalDataErasureCommand erase() {
            return new RecordPersonalDataErasureCommand(ID, SUBJECT_ID, ErasureCause.ERASURE_REQUEST);
        }

        @Test
        void recordsTheErasureWhateverTheComplaintsState() {
            fixture.given(received(), acknowledged(), routed())
                    .when(erase())
                    .expectEvents(new PersonalDataErasedEvent(ID, SUBJECT_ID, ErasureCause.ERASURE_REQUEST));
        }

        @Test
        void recordsTheEndOfTheRetentionPeriodOfAClosedComplaint() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), closed())
                    .when(new RecordPersonalDataErasureCommand(ID, SUBJECT_ID, ErasureCause.RETENTION_EXPIRED))
                    .expectEvents(new PersonalDataErasedEvent(ID, SUBJECT_ID, ErasureCause.RETENTION_EXPIRED));
        }

        @Test
        void recordsItOnlyOnce() {
            fixture.given(received(), acknowledged(), new PersonalDataErasedEvent(ID, SUBJECT_ID, ErasureCause.ERASURE_REQUEST))
                    .when(erase())
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void stillLetsTheComplaintBeClosedWithoutAReason() {
            fixture.given(received(), acknowledged(), firstLineAnswered(),
                            new PersonalDataErasedEvent(ID, SUBJECT_ID, ErasureCause.ERASURE_REQUEST))
                    .when(new CloseComplaintCommand(ID, null))
                    .expectEvents(new ComplaintClosedEvent(ID, null));
        }
    }

    @Nested
    class ServiceLevels {

        @Test
        void recordsAWarningOncePerLine() {
            fixture.given(received(), acknowledged(), routed())
                    .when(new RecordSlaWarningCommand(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE))
                    .expectEvents(new SlaWarnedEvent(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE));
            fixture.given(received(), acknowledged(), new SlaWarnedEvent(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE))
                    .when(new RecordSlaWarningCommand(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE))
                    .expectNoEvents();
        }

        @Test
        void recordsABreachOncePerLine() {
            fixture.given(received(), acknowledged())
                    .when(new RecordSlaBreachCommand(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE))
                    .expectEvents(new SlaBreachedEvent(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE));
            fixture.given(received(), acknowledged(), new SlaBreachedEvent(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE))
                    .when(new RecordSlaBreachCommand(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE))
                    .expectNoEvents();
        }

        @Test
        void ignoresABreachOfALineThatAnsweredInTime() {
            fixture.given(received(), acknowledged(), firstLineAnswered())
                    .when(new RecordSlaBreachCommand(ID, AnsweringLine.FIRST_LINE, LocalDate.now().plusDays(1)))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
        }

        @Test
        void recordsABreachOfALineThatAnsweredTooLate() {
            LocalDate longAgo = LocalDate.now().minusDays(30);
            fixture.given(received(), acknowledged(), firstLineAnswered())
                    .when(new RecordSlaBreachCommand(ID, AnsweringLine.FIRST_LINE, longAgo))
                    .expectEvents(new SlaBreachedEvent(ID, AnsweringLine.FIRST_LINE, longAgo));
        }

        @Test
        void warnsNoLongerOnceTheLineAnswered() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated())
                    .when(new RecordSlaWarningCommand(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE))
                    .expectNoEvents();
        }

        @Test
        void keepsTheComplaintsServicesOwnDeadline() {
            fixture.given(received(), acknowledged(), firstLineAnswered(), escalated(),
                            new SlaBreachedEvent(ID, AnsweringLine.FIRST_LINE, FIRST_LINE_DUE))
                    .when(new RecordSlaWarningCommand(ID, AnsweringLine.COMPLAINTS_SERVICE, COMPLAINTS_SERVICE_DUE))
                    .expectEvents(new SlaWarnedEvent(ID, AnsweringLine.COMPLAINTS_SERVICE, COMPLAINTS_SERVICE_DUE));
        }
    }

    @Nested
    class DepartmentScope {

        private static final java.util.Map<String, String> HEALTHCARE_AGENT =
                java.util.Map.of(Commands.DEPARTMENT_SCOPE, "HEALTHCARE_REIMBURSEMENTS");
        private static final java.util.Map<String, String> HOME_CARE_AGENT =
                java.util.Map.of(Commands.DEPARTMENT_SCOPE, "HOME_CARE");

        @Test
        void letsTheAgentOfTheDepartmentInChargeAnswer() {
            fixture.given(received(), acknowledged(), routed())
                    .when(answerAsFirstLine(), HEALTHCARE_AGENT)
                    .expectEvents(firstLineAnswered());
        }

        @Test
        void refusesAnAgentOfAnotherDepartmentWhateverTheCommand() {
            fixture.given(received(), acknowledged(), routed())
                    .when(answerAsFirstLine(), HOME_CARE_AGENT)
                    .expectException(OutsideDepartmentException.class)
                    .expectNoEvents();
            fixture.given(received(), acknowledged(), routed(), firstLineAnswered())
                    .when(close(), HOME_CARE_AGENT)
                    .expectException(OutsideDepartmentException.class)
                    .expectNoEvents();
            fixture.given(received(), acknowledged(), routed())
                    .when(new AssignDepartmentCommand(ID, "HOME_CARE", AssignDepartmentCommand.STAFF_REROUTE),
                            HOME_CARE_AGENT)
                    .expectException(OutsideDepartmentException.class)
                    .expectNoEvents();
        }

        /** Not routed yet: in no department's queue, so no agent's. */
        @Test
        void refusesAnyAgentBeforeRouting() {
            fixture.given(received(), acknowledged())
                    .when(answerAsFirstLine(), HEALTHCARE_AGENT)
                    .expectException(OutsideDepartmentException.class)
                    .expectNoEvents();
        }

        /** Once moved away, the complaint is the other department's: its former agents can no longer act on it. */
        @Test
        void followsTheComplaintToTheDepartmentStaffMovedItTo() {
            fixture.given(received(), acknowledged(), routed(), rerouted())
                    .when(answerAsFirstLine(), HEALTHCARE_AGENT)
                    .expectException(OutsideDepartmentException.class)
                    .expectNoEvents();
        }

        /** Officers, administrators and the services send no scope. */
        @Test
        void leavesUnscopedCommandsAlone() {
            fixture.given(received(), acknowledged())
                    .when(answerAsFirstLine())
                    .expectEvents(firstLineAnswered());
        }
    }
}
