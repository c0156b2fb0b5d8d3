package be.partenamut.complaints.routing.sla;

import be.partenamut.complaints.contracts.ComplaintFileBuilder;
import be.partenamut.complaints.contracts.ContractSamples;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.testsupport.MutableClock;
import be.partenamut.complaints.routing.RoutingServiceApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SLA deadlines survive a restart: the service is stopped before a breach is due and started again
 * after it; the breach is then raised exactly once (and the warning, raised before the stop, not again).
 * Two instances of the service run one after the other on a database and topics of their own, so the
 * service the other tests share sees none of it.
 */
class SlaRestartIT {

    private static final String DATABASE = "routing_restart";
    private static final String EVENTS = "restart-test." + Topics.EVENTS;
    private static final String ROUTING = "restart-test." + Topics.ROUTING;
    private static final String GROUP = "routing-restart-test";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final TopicClient topics = new TopicClient(SharedInfrastructure.kafka().bootstrapServers());
    private final ObjectMapper json = ContractSamples.objectMapper();

    @Test
    void raisesABreachDueWhileTheServiceWasDownOnceAfterItRestarts() throws Exception {
        SharedInfrastructure.postgres().createDatabases(List.of(DATABASE));
        LocalDate tomorrow = LocalDate.now(BRUSSELS).plusDays(1);
        ComplaintReceived received = received(tomorrow);

        try (ConfigurableApplicationContext before = start(Duration.ZERO)) {
            topics.send(EVENTS, received.complaintId().toString(), json.writeValueAsString(received));
            // Fewer than three working days remain: the warning comes at once; the breach is due tomorrow night.
            awaitMessage(received.complaintId(), "SlaWarned");
            // Once the warning's deadline is done, the one left is the breach's, not yet due: nothing else could
            // have raised a breach before the stop.
            Instant endOfTomorrow = tomorrow.plusDays(1).atStartOfDay(BRUSSELS).toInstant();
            await().atMost(WAIT).untilAsserted(() -> assertThat(deadlines(before).of(received.complaintId()))
                    .containsExactly(new PendingDeadlines.Deadline(endOfTomorrow, false)));
            assertThat(count(messages(received.complaintId()), "SlaBreached")).isZero();
        }

        // Started again three days later: the breach came due while the service was down.
        try (ConfigurableApplicationContext after = start(Duration.ofDays(3))) {
            JsonNode breach = awaitMessage(received.complaintId(), "SlaBreached");
            assertThat(breach.get("line").asText()).isEqualTo("FIRST_LINE");
            assertThat(breach.get("dueDate").asText()).isEqualTo(tomorrow.toString());

            // Nothing is left that could publish again: no deadline of the complaint remains, and the restarted
            // service has processed the complaint's event, had Kafka delivered it a second time.
            await().atMost(WAIT).untilAsserted(() -> assertThat(deadlines(after).of(received.complaintId())).isEmpty());
            assertThat(topics.awaitConsumed(GROUP, EVENTS, WAIT)).isTrue();
            List<JsonNode> messages = messages(received.complaintId());
            assertThat(count(messages, "SlaBreached")).isEqualTo(1);
            assertThat(count(messages, "SlaWarned")).isEqualTo(1);
            assertThat(count(messages, "DepartmentAssigned")).isEqualTo(1);
        }
    }

    /** The routing service, {@code offset} ahead of the real time, on this test's database and topics. */
    private static ConfigurableApplicationContext start(Duration offset) {
        Map<String, Object> properties = new LinkedHashMap<>(SharedInfrastructure.springProperties(DATABASE, false));
        properties.put("server.port", "0");
        properties.put("test.clock-offset", offset.toString());
        properties.put("db-scheduler.polling-interval", "PT1S");
        properties.put("spring.cloud.stream.bindings.complaintEvents-in-0.destination", EVENTS);
        properties.put("spring.cloud.stream.bindings.complaintEvents-in-0.group", GROUP);
        properties.put("spring.cloud.stream.kafka.bindings.complaintEvents-in-0.consumer.dlq-name", EVENTS + ".dlq");
        properties.put("spring.cloud.stream.bindings.routingOut-out-0.destination", ROUTING);
        // As command-line arguments: they take precedence over application.yml, as on a real start.
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(RoutingServiceApplication.class, MutableClock.Configuration.class)
                .run(arguments);
    }

    private static PendingDeadlines deadlines(ConfigurableApplicationContext context) {
        return new PendingDeadlines(context.getBean(JdbcClient.class));
    }

    private static ComplaintReceived received(LocalDate firstLineDueDate) {
        UUID complaintId = UUID.randomUUID();
        return new ComplaintReceived(
                MessageMetadata.of(UUID.randomUUID(), complaintId, Instant.now(), "restart-" + complaintId, null),
                ComplaintFileBuilder.sample().category("HOME_CARE").product(null).agency(null).receivedAt(Instant.now())
                        .firstLineDueDate(firstLineDueDate).possibleDuplicateOf(null).build());
    }

    private JsonNode awaitMessage(UUID complaintId, String type) throws Exception {
        String key = complaintId.toString();
        TopicClient.Record record = topics.readUntil(ROUTING,
                        r -> key.equals(r.key()) && r.valueContains("\"type\":\"" + type + "\""), WAIT)
                .stream().filter(r -> key.equals(r.key()) && r.valueContains("\"type\":\"" + type + "\""))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " for complaint " + complaintId));
        return json.readTree(record.value());
    }

    /** Every message about the complaint on this test's routing topic, read to its end offsets. */
    private List<JsonNode> messages(UUID complaintId) throws Exception {
        List<JsonNode> messages = new java.util.ArrayList<>();
        for (TopicClient.Record record : topics.readToEnd(ROUTING)) {
            if (complaintId.toString().equals(record.key())) {
                messages.add(json.readTree(record.value()));
            }
        }
        return messages;
    }

    private static long count(List<JsonNode> messages, String type) {
        return messages.stream().filter(message -> type.equals(message.get("type").asText())).count();
    }
}
