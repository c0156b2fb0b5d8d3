package be.partenamut.complaints.routing.sla;

import be.partenamut.complaints.contracts.ContractSamples;
import be.partenamut.complaints.contracts.MessageMetadata;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.contracts.events.ComplaintReceived;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.routing.MutableClock;
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
    private static final Duration WAIT = Duration.ofSeconds(60);
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
            await(received.complaintId(), "SlaWarningRaised");
            assertThat(count(messages(received.complaintId(), Duration.ofSeconds(2)), "SlaBreached")).isZero();
            assertThat(pendingDeadlines(before)).isEqualTo(1);
        }

        // Started again three days later: the breach came due while the service was down.
        try (ConfigurableApplicationContext after = start(Duration.ofDays(3))) {
            JsonNode breach = await(received.complaintId(), "SlaBreached");
            assertThat(breach.get("line").asText()).isEqualTo("FIRST_LINE");
            assertThat(breach.get("dueDate").asText()).isEqualTo(tomorrow.toString());

            List<JsonNode> messages = messages(received.complaintId(), Duration.ofSeconds(5));
            assertThat(count(messages, "SlaBreached")).isEqualTo(1);
            assertThat(count(messages, "SlaWarningRaised")).isEqualTo(1);
            assertThat(count(messages, "DepartmentAssigned")).isEqualTo(1);
            assertThat(pendingDeadlines(after)).isZero();
        }
    }

    /** The routing service, {@code offset} ahead of the real time, on this test's database and topics. */
    private static ConfigurableApplicationContext start(Duration offset) {
        Map<String, Object> properties = new LinkedHashMap<>(SharedInfrastructure.springProperties(DATABASE, false));
        properties.put("server.port", "0");
        properties.put("test.clock-offset", offset.toString());
        properties.put("db-scheduler.polling-interval", "PT1S");
        properties.put("spring.cloud.stream.bindings.complaintEvents-in-0.destination", EVENTS);
        properties.put("spring.cloud.stream.bindings.complaintEvents-in-0.group", "routing-restart-test");
        properties.put("spring.cloud.stream.kafka.bindings.complaintEvents-in-0.consumer.dlq-name", EVENTS + ".dlq");
        properties.put("spring.cloud.stream.bindings.routingOut-out-0.destination", ROUTING);
        // As command-line arguments: they take precedence over application.yml, as on a real start.
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(RoutingServiceApplication.class, MutableClock.Configuration.class)
                .run(arguments);
    }

    private static long pendingDeadlines(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class)
                .sql("select count(*) from scheduled_tasks where task_name = 'AxonDeadline'")
                .query(Long.class).single();
    }

    private static ComplaintReceived received(LocalDate firstLineDueDate) {
        ComplaintReceived sample = ContractSamples.complaintReceived();
        UUID complaintId = UUID.randomUUID();
        return new ComplaintReceived(
                MessageMetadata.of(UUID.randomUUID(), complaintId, Instant.now(), "restart-" + complaintId, null),
                sample.reference(), sample.channel(), sample.member(), "HOME_CARE", sample.subject(),
                sample.description(), Instant.now(), firstLineDueDate, null);
    }

    private JsonNode await(UUID complaintId, String type) throws Exception {
        String key = complaintId.toString();
        TopicClient.Record record = topics.readUntil(ROUTING,
                        r -> key.equals(r.key()) && r.valueContains("\"type\":\"" + type + "\""), WAIT)
                .stream().filter(r -> key.equals(r.key()) && r.valueContains("\"type\":\"" + type + "\""))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type + " for complaint " + complaintId));
        return json.readTree(record.value());
    }

    private List<JsonNode> messages(UUID complaintId, Duration settle) throws Exception {
        List<JsonNode> messages = new java.util.ArrayList<>();
        for (TopicClient.Record record : topics.readAll(ROUTING, settle)) {
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
