package be.partenamut.complaints.analytics.statistics;

import be.partenamut.complaints.analytics.AnalyticsIntegrationTest;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.ComplaintStatus;
import be.partenamut.complaints.contracts.Outcome;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintAcknowledged;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.events.RecommendationAccepted;
import be.partenamut.complaints.contracts.events.RecommendationIssued;
import be.partenamut.complaints.localstack.infra.TopicClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures follow the events published on {@code complaints.events.v1}, each counted once. */
class ComplaintFiguresIT extends AnalyticsIntegrationTest {

    /** A ceiling, not a pause: generous, as a loaded machine needs. */
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired
    ObjectMapper json;
    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void earlierMessagesAreApplied() {
        assertThat(topics.awaitConsumed(GROUP, Topics.EVENTS, WAIT)).isTrue();
    }

    @Test
    void movesAComplaintThroughTheCountsByStatusAndSetsItsDepartment() throws Exception {
        LocalDate day = dayOfThisTest();
        String category = "CATEGORY_" + UUID.randomUUID();
        ComplaintEvents complaint = new ComplaintEvents();
        JsonNode everythingBefore = statistics("");
        double escalationsBefore = applied("ComplaintEscalated");

        publishAndAwait(complaint.received(Channel.EMAIL, category, noonOf(day)));
        JsonNode everythingAfter = statistics("");
        assertThat(everythingAfter.get("total").asLong()).isEqualTo(everythingBefore.get("total").asLong() + 1);
        assertThat(everythingAfter.at("/byChannel/EMAIL").asLong())
                .isEqualTo(everythingBefore.at("/byChannel/EMAIL").asLong() + 1);
        assertThat(everythingAfter.at("/byCategory/" + category).asLong()).isEqualTo(1);
        assertThat(everythingAfter.at("/byStatus/RECEIVED").asLong())
                .isEqualTo(everythingBefore.at("/byStatus/RECEIVED").asLong() + 1);
        assertOnlyStatus(day, ComplaintStatus.RECEIVED);
        assertThat(statisticsOf(day).at("/byDepartment/UNASSIGNED").asLong()).isEqualTo(1);

        publishAndAwait(complaint.acknowledged());
        assertOnlyStatus(day, ComplaintStatus.ACKNOWLEDGED);

        publishAndAwait(complaint.routed("HEALTHCARE_REIMBURSEMENTS", null));
        JsonNode routed = assertOnlyStatus(day, ComplaintStatus.ACKNOWLEDGED);
        assertThat(routed.get("byDepartment")).hasSize(1);
        assertThat(routed.at("/byDepartment/HEALTHCARE_REIMBURSEMENTS").asLong()).isEqualTo(1);

        publishAndAwait(complaint.routed("AGENCIES", "HEALTHCARE_REIMBURSEMENTS"));
        JsonNode rerouted = assertOnlyStatus(day, ComplaintStatus.ACKNOWLEDGED);
        assertThat(rerouted.get("byDepartment")).hasSize(1);
        assertThat(rerouted.at("/byDepartment/AGENCIES").asLong()).isEqualTo(1);

        publishAndAwait(complaint.answeredByFirstLine());
        assertOnlyStatus(day, ComplaintStatus.FIRST_LINE_ANSWERED);

        publishAndAwait(complaint.escalated());
        JsonNode escalated = assertOnlyStatus(day, ComplaintStatus.ESCALATED);
        assertThat(escalated.get("escalated").asLong()).isEqualTo(1);
        assertThat(applied("ComplaintEscalated")).isEqualTo(escalationsBefore + 1);

        publishAndAwait(complaint.instructed());
        assertOnlyStatus(day, ComplaintStatus.INSTRUCTED);

        publishAndAwait(complaint.answeredByComplaintsService(Outcome.PARTLY_FOUNDED));
        JsonNode answered = assertOnlyStatus(day, ComplaintStatus.COMPLAINTS_SERVICE_ANSWERED);
        assertThat(answered.at("/byOutcome/PARTLY_FOUNDED").asLong()).isEqualTo(1);
        assertThat(answered.at("/byOutcome/FOUNDED").asLong()).isZero();
        assertThat(answered.at("/byOutcome/UNFOUNDED").asLong()).isZero();

        publishAndAwait(complaint.recommendation("HEALTHCARE_REIMBURSEMENTS"));
        publishAndAwait(complaint.recommendation("HEALTHCARE_REIMBURSEMENTS"));
        publishAndAwait(complaint.recommendation(null));
        JsonNode recommended = assertOnlyStatus(day, ComplaintStatus.COMPLAINTS_SERVICE_ANSWERED);
        assertThat(recommended.at("/recommendationsByDepartment/HEALTHCARE_REIMBURSEMENTS").asLong()).isEqualTo(2);
        // A recommendation naming no department goes to the department in charge of the complaint.
        assertThat(recommended.at("/recommendationsByDepartment/AGENCIES").asLong()).isEqualTo(1);

        publishAndAwait(complaint.closed());
        JsonNode closed = assertOnlyStatus(day, ComplaintStatus.CLOSED);
        assertThat(closed.get("total").asLong()).isEqualTo(1);
        assertThat(closed.at("/byChannel/EMAIL").asLong()).isEqualTo(1);
        assertThat(closed.at("/byCategory/" + category).asLong()).isEqualTo(1);
        assertThat(closed.at("/byDepartment/AGENCIES").asLong()).isEqualTo(1);
        assertThat(closed.get("escalated").asLong()).isEqualTo(1);
        assertThat(closed.at("/byOutcome/PARTLY_FOUNDED").asLong()).isEqualTo(1);
    }

    @Test
    void countsSuggestionsApartAndNeverAsComplaints() throws Exception {
        LocalDate day = dayOfThisTest();
        String category = "CATEGORY_" + UUID.randomUUID();
        ComplaintEvents complaint = new ComplaintEvents();
        ComplaintEvents suggestion = new ComplaintEvents();
        ComplaintEvents another = new ComplaintEvents();

        publish(complaint.received(Channel.EMAIL, category, noonOf(day)));
        publish(suggestion.suggestionReceived(Channel.WEB_FORM, category, noonOf(day)));
        publish(another.suggestionReceived(Channel.WEB_FORM, category, noonOf(day)));
        publish(suggestion.acknowledged());
        publish(suggestion.routed("HOME_CARE", null));
        awaitConsumed();

        JsonNode figures = statisticsOf(day);
        assertThat(figures.get("total").asLong()).as("complaints only").isEqualTo(1);
        assertThat(figures.at("/byCategory/" + category).asLong()).isEqualTo(1);
        assertThat(figures.at("/byChannel/WEB_FORM").asLong()).isZero();
        assertThat(figures.at("/byDepartment/HOME_CARE").isMissingNode()).isTrue();
        assertThat(figures.at("/byStatus/RECEIVED").asLong()).isEqualTo(1);
        assertThat(figures.at("/byStatus/ACKNOWLEDGED").asLong()).isZero();
        JsonNode suggestions = figures.get("suggestions");
        assertThat(suggestions.get("total").asLong()).isEqualTo(2);
        assertThat(suggestions.at("/byChannel/WEB_FORM").asLong()).isEqualTo(2);
        assertThat(suggestions.at("/byChannel/EMAIL").asLong()).isZero();
        assertThat(suggestions.at("/byCategory/" + category).asLong()).isEqualTo(2);
        assertThat(suggestions.at("/byDepartment/HOME_CARE").asLong()).isEqualTo(1);
        assertThat(suggestions.at("/byDepartment/UNASSIGNED").asLong()).isEqualTo(1);
    }

    @Test
    void countsARedeliveredEventOnce() throws Exception {
        LocalDate day = dayOfThisTest();
        ComplaintEvents complaint = new ComplaintEvents();
        ComplaintAcknowledged acknowledged = complaint.acknowledged();
        RecommendationIssued recommendation = complaint.recommendation("HOME_CARE");
        publish(complaint.received(Channel.PHONE, "HOME_CARE", noonOf(day)));
        publish(acknowledged);
        publish(complaint.routed("HOME_CARE", null));
        publish(complaint.answeredByFirstLine());
        publish(recommendation);
        awaitConsumed();
        JsonNode before = statisticsOf(day);

        // Redelivered after a rebalance: the same messages, same ids, once the complaint moved on.
        publish(acknowledged);
        publish(recommendation);
        awaitConsumed();
        JsonNode after = statisticsOf(day);

        ((ObjectNode) before).remove("generatedAt");
        ((ObjectNode) after).remove("generatedAt");
        assertThat(after).isEqualTo(before);
        assertThat(after.at("/byStatus/FIRST_LINE_ANSWERED").asLong()).isEqualTo(1);
        assertThat(after.at("/byStatus/ACKNOWLEDGED").asLong()).isZero();
        assertThat(after.at("/recommendationsByDepartment/HOME_CARE").asLong()).isEqualTo(1);
    }

    @Test
    void deadLettersAnUnreadableMessageWithTheReasonAndGoesOn() throws Exception {
        LocalDate day = dayOfThisTest();
        String poisonKey = UUID.randomUUID().toString();
        topics.send(Topics.EVENTS, poisonKey, "{ this is not JSON");
        ComplaintEvents next = new ComplaintEvents();
        publish(next.received(Channel.LETTER, "MEMBERSHIP_CONTRIBUTIONS", noonOf(day)));

        TopicClient.Record deadLetter = deadLetter(poisonKey);
        assertThat(deadLetter.value()).isEqualTo("{ this is not JSON");
        assertThat(deadLetter.headers()).containsKey("x-exception-message");
        assertThat(deadLetter.headers().get("x-exception-message")).contains("not a readable ComplaintEvent");
        assertThat(deadLetter.headers().get("x-original-topic")).isEqualTo(Topics.EVENTS);
        awaitConsumed();
        JsonNode figures = statisticsOf(day);
        assertThat(figures.get("total").asLong()).isEqualTo(1);
        assertThat(figures.at("/byChannel/LETTER").asLong()).isEqualTo(1);
        assertThat(figures.at("/byStatus/RECEIVED").asLong()).isEqualTo(1);
    }

    @Test
    void deadLettersAnAnswerThatNamesNoLineAndLeavesTheComplaintWhereItWas() throws Exception {
        LocalDate day = dayOfThisTest();
        ComplaintEvents complaint = new ComplaintEvents();
        publish(complaint.received(Channel.AGENCY, "AGENCY_SERVICE", noonOf(day)));
        ObjectNode answer = json.valueToTree(complaint.answeredByFirstLine());
        answer.remove("line");
        String key = complaint.complaintId().toString();
        topics.send(Topics.EVENTS, key, json.writeValueAsString(answer));

        TopicClient.Record deadLetter = deadLetter(key);
        assertThat(deadLetter.headers().get("x-exception-message")).contains("names no line");
        awaitConsumed();
        assertOnlyStatus(day, ComplaintStatus.RECEIVED);
    }

    @Test
    void skipsAnEventOfATypeItDoesNotKnowYet() throws Exception {
        LocalDate day = dayOfThisTest();
        ComplaintEvents complaint = new ComplaintEvents();
        publish(complaint.received(Channel.WEB_FORM, "ONLINE_SERVICES", noonOf(day)));
        ObjectNode newer = json.valueToTree(complaint.acknowledged());
        newer.put("type", "ComplaintReopenedInAFutureVersion");
        String key = complaint.complaintId().toString();
        topics.send(Topics.EVENTS, key, json.writeValueAsString(newer));
        awaitConsumed();

        assertOnlyStatus(day, ComplaintStatus.RECEIVED);
        // The consumer group committed past the unknown event: had it failed, it would be dead-lettered by now.
        assertThat(topics.readToEnd(Topics.deadLetter(Topics.EVENTS)))
                .noneMatch(record -> key.equals(record.key()));
    }

    @Test
    void countsAComplaintOnTheBelgianDayItWasReceived() throws Exception {
        LocalDate day = dayOfThisTest();
        // 00:15 in Brussels is still the previous day in UTC; for the insurer both count on `day`.
        Instant lateEvening = day.atTime(23, 30).atZone(BRUSSELS).toInstant();
        Instant earlyMorning = day.atTime(0, 15).atZone(BRUSSELS).toInstant();
        publish(new ComplaintEvents().received(Channel.PHONE, "PHONE_SERVICE", lateEvening));
        publish(new ComplaintEvents().received(Channel.PHONE, "PHONE_SERVICE", earlyMorning));
        publish(new ComplaintEvents().received(Channel.PHONE, "PHONE_SERVICE", noonOf(day.plusDays(1))));
        publish(new ComplaintEvents().received(Channel.PHONE, "PHONE_SERVICE", noonOf(day.minusDays(1))));
        awaitConsumed();

        assertThat(statisticsOf(day).get("total").asLong()).isEqualTo(2);
        assertThat(statistics("?from=" + day).get("total").asLong()).isEqualTo(3);
        assertThat(statistics("?from=" + day.minusDays(1) + "&to=" + day).get("total").asLong()).isEqualTo(3);
        assertThat(statistics("?from=" + day.minusDays(1) + "&to=" + day.plusDays(1)).at("/byChannel/PHONE").asLong())
                .isEqualTo(4);
    }

    /**
     * What became of the recommendations, per department they were addressed to: each step counted once (a
     * redelivery changes nothing), a step that arrives before its issue still counts, and the implementation's day
     * kept, from which the effect of the change on later complaints can be measured.
     */
    @Test
    void followsEachRecommendationToItsImplementationPerDepartment() throws Exception {
        LocalDate day = dayOfThisTest();
        LocalDate implementedOn = day.plusDays(20);
        ComplaintEvents complaint = new ComplaintEvents();
        publish(complaint.received(Channel.EMAIL, "REIMBURSEMENT", noonOf(day)));
        publish(complaint.routed("HEALTHCARE_REIMBURSEMENTS", null));
        RecommendationIssued toBeImplemented = complaint.recommendation("HOME_CARE");
        RecommendationIssued toBeRejected = complaint.recommendation("HOME_CARE");
        RecommendationIssued awaitingAnswer = complaint.recommendation("AGENCIES");
        RecommendationIssued issueArrivingLate = complaint.recommendation("AGENCIES");
        publish(toBeImplemented);
        publish(toBeRejected);
        publish(awaitingAnswer);
        RecommendationAccepted accepted = complaint.accepted(toBeImplemented);
        publish(accepted);
        publish(complaint.rejected(toBeRejected));
        publish(complaint.implemented(toBeImplemented, implementedOn));
        publish(complaint.accepted(issueArrivingLate));
        awaitConsumed();

        JsonNode followUp = statisticsOf(day).get("recommendationFollowUp");
        assertThat(followUp.at("/HOME_CARE/issued").asLong()).isEqualTo(2);
        assertThat(followUp.at("/HOME_CARE/accepted").asLong()).isEqualTo(1);
        assertThat(followUp.at("/HOME_CARE/rejected").asLong()).isEqualTo(1);
        assertThat(followUp.at("/HOME_CARE/implemented").asLong()).isEqualTo(1);
        assertThat(followUp.at("/HOME_CARE/firstImplementedOn").asText()).isEqualTo(implementedOn.toString());
        assertThat(followUp.at("/HOME_CARE/lastImplementedOn").asText()).isEqualTo(implementedOn.toString());
        // The acceptance seen before its issue counts already; the issue is counted once it arrives.
        assertThat(followUp.at("/AGENCIES/issued").asLong()).isEqualTo(1);
        assertThat(followUp.at("/AGENCIES/accepted").asLong()).isEqualTo(1);
        assertThat(followUp.at("/AGENCIES/implemented").asLong()).isZero();
        assertThat(followUp.at("/AGENCIES/firstImplementedOn").isNull()).isTrue();

        publish(issueArrivingLate);
        publish(accepted);
        awaitConsumed();
        JsonNode after = statisticsOf(day);
        assertThat(after.at("/recommendationFollowUp/AGENCIES/issued").asLong()).isEqualTo(2);
        assertThat(after.at("/recommendationFollowUp/HOME_CARE/accepted").asLong()).isEqualTo(1);
        assertThat(after.at("/recommendationsByDepartment/HOME_CARE").asLong()).isEqualTo(2);
    }

    private JsonNode assertOnlyStatus(LocalDate day, ComplaintStatus expected) throws Exception {
        JsonNode figures = statisticsOf(day);
        assertThat(figures.get("total").asLong()).isEqualTo(1);
        Arrays.stream(ComplaintStatus.values()).forEach(status -> assertThat(figures.at("/byStatus/" + status).asLong())
                .as("complaints %s", status)
                .isEqualTo(status == expected ? 1 : 0));
        return figures;
    }

    private JsonNode statisticsOf(LocalDate day) throws Exception {
        return statistics("?from=" + day + "&to=" + day);
    }

    private JsonNode statistics(String query) throws Exception {
        ResponseEntity<String> response = as("analyst")
                .getForEntity("/api/v1/statistics" + query, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private double applied(String type) {
        return meters.counter("complaints.analytics.events.applied", "type", type).count();
    }

    private void publishAndAwait(ComplaintEvent event) throws Exception {
        publish(event);
        awaitConsumed();
    }

    private void publish(ComplaintEvent event) throws Exception {
        topics.send(Topics.EVENTS, event.complaintId().toString(), json.writeValueAsString(event));
    }

    private void awaitConsumed() {
        assertThat(topics.awaitConsumed(GROUP, Topics.EVENTS, WAIT)).as("the analytics consumer caught up").isTrue();
    }

    private TopicClient.Record deadLetter(String key) {
        List<TopicClient.Record> read = topics.readUntil(Topics.deadLetter(Topics.EVENTS),
                record -> key.equals(record.key()), WAIT);
        return read.stream().filter(record -> key.equals(record.key())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing dead-lettered under " + key));
    }

    private static Instant noonOf(LocalDate day) {
        return day.atTime(12, 0).atZone(BRUSSELS).toInstant();
    }
}
