package be.partenamut.complaints.office.complaint.messaging;

import be.partenamut.complaints.contracts.submissions.ComplaintSubmitted;
import be.partenamut.complaints.office.OfficeIntegrationTest;
import org.axonframework.eventhandling.StreamingEventProcessor;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator sees how far the relay to Kafka is behind: events stored and not yet published, and how long
 * the oldest has waited; both fall back to zero once it caught up, and an alert rule watches them.
 */
class RelayLagIT extends OfficeIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void showsTheEventsNotYetOnKafkaUntilTheRelayHasPublishedThem() throws Exception {
        await().atMost(WAIT).until(() -> gauge(RelayLag.LAG), lag -> lag == 0);

        StreamingEventProcessor relay = processor(ComplaintEventPublisher.PROCESSING_GROUP);
        relay.shutDown();
        try {
            ComplaintSubmitted submitted = submission();
            UUID id = submitted.metadata().complaintId();
            publish(submitted);
            awaitComplaint(id, complaint -> "ACKNOWLEDGED".equals(complaint.get("status").asText()));
            // Received and acknowledged are stored; the relay, stopped, has published neither.
            await().atMost(WAIT).until(() -> gauge(RelayLag.LAG), lag -> lag >= 2);
            await().atMost(WAIT).until(() -> gauge(RelayLag.OLDEST), age -> age >= 2);
        } finally {
            relay.start();
        }

        await().atMost(WAIT).until(() -> gauge(RelayLag.LAG), lag -> lag == 0);
        await().atMost(WAIT).until(() -> gauge(RelayLag.OLDEST), age -> age == 0);
    }

    @Test
    void alertsWhenAnEventWaitsForKafkaForMinutes() throws Exception {
        String rules = Files.readString(Path.of("..", "docker", "prometheus", "alert-rules.yml"));
        assertThat(rules).contains("alert: ComplaintEventsNotPublished")
                .contains("complaints_relay_oldest_unpublished_seconds")
                .contains("alert: ComplaintEventsRelayMetricsMissing")
                .contains("absent(complaints_relay_lag)");
    }

    /**
     * A gauge of this service, as the registry Prometheus scrapes holds it. (The tests' context does not
     * export to Prometheus; a second context that would, would run a second relay beside this one.)
     */
    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }
}
