package be.partenamut.complaints.routing.sla;

import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.ComplaintFileBuilder;
import be.partenamut.complaints.contracts.ContractSamples;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintAnswered;
import be.partenamut.complaints.contracts.events.ComplaintEscalated;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.contracts.events.ComplaintRouted;
import be.partenamut.complaints.routing.RoutingIntegrationTest;
import be.partenamut.complaints.workingdays.ServiceLevels;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static be.partenamut.complaints.contracts.AnsweringLine.COMPLAINTS_SERVICE;
import static be.partenamut.complaints.contracts.AnsweringLine.FIRST_LINE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SlaTimersIT extends RoutingIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    SlaStatuses statuses;
    @Autowired
    ServiceLevels serviceLevels;
    @Autowired
    MeterRegistry meters;

    @Test
    void raisesTheWarningAndTheBreachOnceEachWithTheDueDate() throws Exception {
        LocalDate yesterday = todayInBrussels().minusDays(1);
        ComplaintReceived received = received("HOME_CARE", yesterday);
        double breachesBefore = breaches(FIRST_LINE, "HOME_CARE");

        publish(received);

        JsonNode breach = awaitRoutingMessage(received.complaintId(), "SlaBreached");
        assertThat(breach.get("line").asText()).isEqualTo("FIRST_LINE");
        assertThat(breach.get("dueDate").asText()).isEqualTo(yesterday.toString());
        assertThat(breach.at("/metadata/messageId").asText()).isEqualTo(
                SlaNotifications.messageId("SlaBreached", received.complaintId(), FIRST_LINE).toString());
        assertThat(breach.at("/metadata/correlationId").asText()).isEqualTo(received.metadata().correlationId());
        awaitNoDeadlineLeft(received.complaintId());
        List<JsonNode> messages = routingMessages(Topics.ROUTING, received.complaintId());
        assertThat(count(messages, "SlaWarned")).isEqualTo(1);
        assertThat(count(messages, "SlaBreached")).isEqualTo(1);
        JsonNode warning = messages.stream().filter(m -> "SlaWarned".equals(m.get("type").asText()))
                .findFirst().orElseThrow();
        assertThat(warning.get("dueDate").asText()).isEqualTo(yesterday.toString());
        assertThat(statuses.find(received.complaintId(), FIRST_LINE)).hasValueSatisfying(status -> {
            assertThat(status.state()).isEqualTo(SlaState.BREACHED);
            assertThat(status.open()).isTrue();
            assertThat(status.department()).isEqualTo("HOME_CARE");
            assertThat(status.dueDate()).isEqualTo(yesterday);
        });
        assertThat(breaches(FIRST_LINE, "HOME_CARE")).isEqualTo(breachesBefore + 1);
    }

    @Test
    void routesASuggestionToItsDepartmentWithoutStartingAnyTimer() throws Exception {
        ComplaintReceived complaint = received("HOME_CARE", todayInBrussels().plusDays(14));
        ComplaintReceived received = received("HOME_CARE", null);
        ComplaintReceived suggestion = new ComplaintReceived(received.metadata(),
                ComplaintFileBuilder.from(received.file()).suggestion().build());

        publish(complaint);
        publish(suggestion);

        JsonNode assigned = awaitRoutingMessage(suggestion.complaintId(), "DepartmentAssigned");
        assertThat(assigned.get("department").asText()).isEqualTo("HOME_CARE");
        awaitRoutingMessage(complaint.complaintId(), "DepartmentAssigned");
        // The department is assigned in the transaction that would have started the timer: none was started.
        assertThat(statuses.find(complaint.complaintId(), FIRST_LINE)).as("the complaint's timer").isPresent();
        assertThat(deadlines().of(complaint.complaintId())).as("the complaint's deadlines").isNotEmpty();
        assertThat(statuses.find(suggestion.complaintId(), FIRST_LINE)).as("the suggestion's timer").isEmpty();
        assertThat(deadlines().of(suggestion.complaintId())).as("the suggestion's deadlines").isEmpty();
        assertThat(jdbc.sql("select count(*) from association_value_entry where association_value = :id")
                .param("id", suggestion.complaintId().toString()).query(Long.class).single())
                .as("no saga follows the suggestion").isZero();
        // An answer to the suggestion finds no timer to stop, and nothing is ever raised for it.
        publish(new ComplaintAnswered(next(suggestion.complaintId()), FIRST_LINE, null, ContractSamples.sealed("merci")));
        assertThat(topics.awaitConsumed(GROUP, Topics.EVENTS, WAIT)).isTrue();
        List<JsonNode> messages = routingMessages(Topics.ROUTING, suggestion.complaintId());
        assertThat(count(messages, "SlaWarned") + count(messages, "SlaBreached")).isZero();
    }

    @Test
    void anAnswerBeforeTheDueDateStopsTheTimer() throws Exception {
        LocalDate tomorrow = todayInBrussels().plusDays(1);
        ComplaintReceived received = received("REIMBURSEMENT", tomorrow);
        publish(received);
        // Fewer than three working days remain: the warning comes at once.
        awaitRoutingMessage(received.complaintId(), "SlaWarned");

        publish(new ComplaintAnswered(next(received.complaintId()), FIRST_LINE, null, ContractSamples.sealed("answer")));
        assertThat(topics.awaitConsumed(GROUP, Topics.EVENTS, WAIT)).isTrue();
        clock.advance(Duration.ofDays(3));
        // Three days on, the breach would have come due: with no deadline left, none can come any more.
        awaitNoDeadlineLeft(received.complaintId());

        List<JsonNode> messages = routingMessages(Topics.ROUTING, received.complaintId());
        assertThat(count(messages, "SlaBreached")).isZero();
        assertThat(count(messages, "SlaWarned")).isEqualTo(1);
        assertThat(statuses.find(received.complaintId(), FIRST_LINE)).hasValueSatisfying(status -> {
            assertThat(status.open()).isFalse();
            assertThat(status.state()).isEqualTo(SlaState.WARNED);
        });
    }

    @Test
    void breachesOnlyOnceTheDueDateHasEndedInBrussels() throws Exception {
        LocalDate tomorrow = todayInBrussels().plusDays(1);
        ComplaintReceived received = received("MEMBERSHIP_CONTRIBUTIONS", tomorrow);
        publish(received);
        awaitRoutingMessage(received.complaintId(), "SlaWarned");
        // The end of tomorrow, in Brussels, as the service's clock tells it.
        Instant endOfTomorrow = tomorrow.plusDays(1).atStartOfDay(BRUSSELS).toInstant();
        // Once the warning's deadline is done, the one left is the breach's, waiting for the end of tomorrow:
        // nothing else could have raised a breach yet.
        await().atMost(WAIT).untilAsserted(() -> assertThat(deadlines().of(received.complaintId()))
                .containsExactly(new PendingDeadlines.Deadline(endOfTomorrow, false)));
        assertThat(count(routingMessages(Topics.ROUTING, received.complaintId()), "SlaBreached")).isZero();

        clock.advance(Duration.between(clock.instant(), endOfTomorrow).plusSeconds(5));

        JsonNode breach = awaitRoutingMessage(received.complaintId(), "SlaBreached");
        assertThat(breach.get("dueDate").asText()).isEqualTo(tomorrow.toString());
    }

    @Test
    void theEscalationStartsTheComplaintsServicePeriodAndGoesToTheComplaintsService() throws Exception {
        ComplaintReceived received = received("INCAPACITY_BENEFITS", todayInBrussels().plusDays(14));
        publish(received);
        awaitRoutingMessage(received.complaintId(), "DepartmentAssigned");
        publish(new ComplaintAnswered(next(received.complaintId()), FIRST_LINE, null, ContractSamples.sealed("answer")));
        LocalDate yesterday = todayInBrussels().minusDays(1);

        publish(new ComplaintEscalated(next(received.complaintId()), ContractSamples.sealed("reason"),
                clock.instant().minus(Duration.ofDays(40)), yesterday));

        JsonNode breach = awaitRoutingMessage(received.complaintId(), "SlaBreached");
        assertThat(breach.get("line").asText()).isEqualTo("COMPLAINTS_SERVICE");
        assertThat(breach.get("dueDate").asText()).isEqualTo(yesterday.toString());
        awaitNoDeadlineLeft(received.complaintId());
        List<JsonNode> messages = routingMessages(Topics.ROUTING, received.complaintId());
        assertThat(messages).filteredOn(m -> "SlaWarned".equals(m.get("type").asText()))
                .extracting(m -> m.get("line").asText()).containsExactly("COMPLAINTS_SERVICE");
        assertThat(count(messages, "SlaBreached")).isEqualTo(1);
        assertThat(statuses.find(received.complaintId(), FIRST_LINE)).hasValueSatisfying(status ->
                assertThat(status.open()).isFalse());
        assertThat(statuses.find(received.complaintId(), COMPLAINTS_SERVICE)).hasValueSatisfying(status -> {
            assertThat(status.department()).isEqualTo("COMPLAINTS_SERVICE");
            assertThat(status.state()).isEqualTo(SlaState.BREACHED);
            assertThat(status.open()).isTrue();
        });
    }

    @Test
    void computesTheDueDatesThatOlderEventsDoNotCarry() throws Exception {
        UUID complaintId = UUID.randomUUID();
        Instant receivedAt = clock.instant().minus(Duration.ofDays(3));
        ComplaintReceived withoutDueDate = new ComplaintReceived(next(complaintId), ComplaintFileBuilder.sample()
                .category("HOME_CARE").product(null).agency(null).receivedAt(receivedAt).firstLineDueDate(null)
                .possibleDuplicateOf(null).build());
        publish(withoutDueDate);
        awaitRoutingMessage(complaintId, "DepartmentAssigned");
        publish(new ComplaintAnswered(next(complaintId), FIRST_LINE, null, ContractSamples.sealed("answer")));
        Instant escalationReceivedAt = clock.instant().minus(Duration.ofDays(60));

        publish(new ComplaintEscalated(next(complaintId), ContractSamples.sealed("reason"), escalationReceivedAt));

        LocalDate complaintsServiceDue = serviceLevels.complaintsServiceDueDate(escalationReceivedAt).dueDate();
        JsonNode breach = awaitRoutingMessage(complaintId, "SlaBreached");
        assertThat(breach.get("dueDate").asText()).isEqualTo(complaintsServiceDue.toString());
        assertThat(statuses.find(complaintId, FIRST_LINE)).hasValueSatisfying(status ->
                assertThat(status.dueDate()).isEqualTo(serviceLevels.firstLineDueDate(receivedAt).dueDate()));
    }

    @Test
    void aStaffRerouteMovesTheOpenPeriodToTheNewDepartment() throws Exception {
        ComplaintReceived received = received("HOME_CARE", todayInBrussels().plusDays(14));
        publish(received);
        awaitRoutingMessage(received.complaintId(), "DepartmentAssigned");

        publish(new ComplaintRouted(next(received.complaintId()), "AGENCIES", "staff", "HOME_CARE"));
        assertThat(topics.awaitConsumed(GROUP, Topics.EVENTS, WAIT)).isTrue();

        assertThat(statuses.find(received.complaintId(), FIRST_LINE)).hasValueSatisfying(status -> {
            assertThat(status.department()).isEqualTo("AGENCIES");
            assertThat(status.state()).isEqualTo(SlaState.ON_TIME);
        });
    }

    @Test
    void exposesOpenComplaintsBySlaStateAndDepartmentAndTheBreachesToPrometheus() throws Exception {
        ComplaintReceived received = received("THIRD_PARTY_PAYMENT", todayInBrussels().minusDays(1));
        publish(received);
        awaitRoutingMessage(received.complaintId(), "SlaBreached");

        // The gauge is refreshed from the database on a schedule (every second in these tests): wait for a
        // scrape that shows the breach.
        await().atMost(WAIT).untilAsserted(() -> {
            String scrape = http.getForObject("/actuator/prometheus", String.class);
            assertThat(scrape).containsPattern(
                    "complaints_open\\{department=\"THIRD_PARTY_PAYMENT\",[^}]*sla_state=\"BREACHED\"[^}]*} [1-9]");
            assertThat(scrape).containsPattern(
                    "complaints_open\\{department=\"SERVICE_CENTER\",[^}]*sla_state=\"WARNED\"[^}]*} \\d");
            assertThat(scrape).containsPattern(
                    "complaints_sla_breaches_total\\{department=\"THIRD_PARTY_PAYMENT\",[^}]*line=\"FIRST_LINE\"[^}]*} [1-9]");
        });
        String alertRules = Files.readString(Path.of("..", "docker", "prometheus", "alert-rules.yml"));
        assertThat(alertRules).contains("complaints_sla_breaches_total").contains("complaints_open");
    }

    /**
     * Waits until no deadline of the complaint is left: each warning or breach it could raise has been
     * published (and counted), or was cancelled.
     */
    private void awaitNoDeadlineLeft(UUID complaintId) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(deadlines().of(complaintId)).isEmpty());
    }

    private PendingDeadlines deadlines() {
        return new PendingDeadlines(jdbc);
    }

    private double breaches(AnsweringLine line, String department) {
        return meters.counter(SlaMetrics.BREACHES, "line", line.name(), "department", department).count();
    }

}
