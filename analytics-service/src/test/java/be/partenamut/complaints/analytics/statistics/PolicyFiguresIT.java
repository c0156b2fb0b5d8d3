package be.partenamut.complaints.analytics.statistics;

import be.partenamut.complaints.analytics.AnalyticsIntegrationTest;
import be.partenamut.complaints.contracts.AnsweringLine;
import be.partenamut.complaints.contracts.Channel;
import be.partenamut.complaints.contracts.DeclineReason;
import be.partenamut.complaints.contracts.Language;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintEvent;
import be.partenamut.complaints.contracts.submissions.SubmissionDeclined;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** How often the policy's promises are missed, and what the policy does not handle. */
class PolicyFiguresIT extends AnalyticsIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    ObjectMapper json;

    @Test
    void countsEachLineThatMissedItsDueDateOnceAndKeepsCountsThroughAnErasure() throws Exception {
        LocalDate day = dayOfThisTest();
        ComplaintEvents complaint = new ComplaintEvents();
        publish(complaint, complaint.received(Channel.PHONE, "REIMBURSEMENT", day.atStartOfDay(ZoneId.of("Europe/Brussels")).plusHours(10).toInstant()));
        publish(complaint, complaint.acknowledged());
        publish(complaint, complaint.warned(AnsweringLine.FIRST_LINE));
        publish(complaint, complaint.breached(AnsweringLine.FIRST_LINE));
        publish(complaint, complaint.breached(AnsweringLine.FIRST_LINE));
        publish(complaint, complaint.erased());
        assertThat(topics.awaitConsumed(GROUP, Topics.EVENTS, WAIT)).isTrue();

        JsonNode figures = statistics("?from=" + day + "&to=" + day);

        assertThat(figures.get("total").asLong()).isEqualTo(1);
        assertThat(figures.at("/byStatus/ACKNOWLEDGED").asLong()).isEqualTo(1);
        assertThat(figures.at("/slaBreaches/FIRST_LINE").asLong()).isEqualTo(1);
        assertThat(figures.at("/slaBreaches/COMPLAINTS_SERVICE").asLong()).isZero();
        // The consumer group committed past every event above: one that failed would be dead-lettered by now.
        assertThat(topics.readToEnd(Topics.deadLetter(Topics.EVENTS)))
                .noneSatisfy(record -> assertThat(record.key()).isEqualTo(complaint.complaintId().toString()));
    }

    @Test
    void countsTheSubmissionsThePolicyDoesNotHandleByReason() throws Exception {
        JsonNode before = statistics("");
        for (DeclineReason reason : new DeclineReason[] {DeclineReason.MEDICAL_ADVISOR, DeclineReason.MEDICAL_ADVISOR,
                DeclineReason.ANONYMOUS}) {
            UUID submission = UUID.randomUUID();
            SubmissionDeclined declined = new SubmissionDeclined(
                    MessageMetadata.of(UUID.randomUUID(), submission, Instant.now(), "declined-" + submission, null),
                    Channel.WEB_FORM, "MEDICAL_ADVISOR", Language.FR, reason);
            topics.send(Topics.SUBMISSIONS, submission.toString(), json.writeValueAsString(declined));
        }
        assertThat(topics.awaitConsumed(GROUP, Topics.SUBMISSIONS, WAIT)).isTrue();

        JsonNode after = statistics("");

        assertThat(after.at("/declined/MEDICAL_ADVISOR").asLong()).isEqualTo(before.at("/declined/MEDICAL_ADVISOR").asLong() + 2);
        assertThat(after.at("/declined/ANONYMOUS").asLong()).isEqualTo(before.at("/declined/ANONYMOUS").asLong() + 1);
        assertThat(after.get("total").asLong()).as("declined submissions are not complaints").isEqualTo(before.get("total").asLong());
    }

    @Test
    void countsTheComplaintsOfficersDeclinedByReasonAndTheirInterimMessages() throws Exception {
        LocalDate day = dayOfThisTest();
        Instant receivedAt = day.atStartOfDay(ZoneId.of("Europe/Brussels")).plusHours(10).toInstant();
        ComplaintEvents late = new ComplaintEvents();
        publish(late, late.received(Channel.EMAIL, "REIMBURSEMENT", receivedAt));
        publish(late, late.answeredByFirstLine());
        publish(late, late.escalated());
        publish(late, late.interimMessage());
        publish(late, late.interimMessage());
        for (DeclineReason reason : new DeclineReason[] {DeclineReason.MEDICAL_ADVISOR, DeclineReason.MEDICAL_ADVISOR,
                DeclineReason.NOT_ABOUT_OUR_SERVICES}) {
            ComplaintEvents declined = new ComplaintEvents();
            publish(declined, declined.received(Channel.WEB_FORM, "REIMBURSEMENT", receivedAt));
            publish(declined, declined.declined(reason));
            publish(declined, declined.closed());
        }
        assertThat(topics.awaitConsumed(GROUP, Topics.EVENTS, WAIT)).isTrue();

        JsonNode figures = statistics("?from=" + day + "&to=" + day);

        assertThat(figures.get("total").asLong()).isEqualTo(4);
        assertThat(figures.at("/declinedByOfficer/MEDICAL_ADVISOR").asLong()).isEqualTo(2);
        assertThat(figures.at("/declinedByOfficer/NOT_ABOUT_OUR_SERVICES").asLong()).isEqualTo(1);
        assertThat(figures.at("/byStatus/CLOSED").asLong()).isEqualTo(3);
        assertThat(figures.get("interimMessages").asLong()).isEqualTo(2);
    }

    private void publish(ComplaintEvents complaint, ComplaintEvent event) throws Exception {
        topics.send(Topics.EVENTS, complaint.complaintId().toString(), json.writeValueAsString(event));
    }

    private JsonNode statistics(String query) throws Exception {
        return json.readTree(as("analyst").getForObject("/api/v1/statistics" + query, String.class));
    }
}
