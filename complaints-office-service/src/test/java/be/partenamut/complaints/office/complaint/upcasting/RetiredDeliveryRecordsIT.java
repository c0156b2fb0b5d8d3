package be.partenamut.complaints.office.complaint.upcasting;

import be.partenamut.complaints.contracts.ContractSamples;
import be.partenamut.complaints.contracts.Topics;
import be.partenamut.complaints.localstack.infra.DatabaseServer;
import be.partenamut.complaints.localstack.infra.SharedInfrastructure;
import be.partenamut.complaints.localstack.infra.TopicClient;
import be.partenamut.complaints.office.OfficeServiceApplication;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.web.client.RestClient;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An office whose event store was written by the version that kept delivery statuses as events of the
 * complaint ({@code MessageDeliveryRecordedEvent}), upgraded: Flyway copies their history to the delivery
 * status projection, and the upcaster hides them from the aggregate and the relay. The stored rows are
 * those real runs of that version wrote: the whole event store of a run of the platform (five complaints
 * through their lives, 36 delivery statuses; {@code stored-events/event-store-of-a-run.json}), and a
 * complaint received and acknowledged, then three statuses of two messages, one failed then sent
 * ({@code stored-events/complaint-ending-with-delivery-records.json}). Both complaints checked here end
 * with a delivery status. The office runs on a database and topics of its own, so the office the other
 * tests share sees none of it.
 */
class RetiredDeliveryRecordsIT {

    private static final List<String> FIXTURES = List.of("/stored-events/event-store-of-a-run.json",
            "/stored-events/complaint-ending-with-delivery-records.json");
    /** Failed, then sent, a message to staff: its last status is its status. */
    private static final UUID COMPLAINT = UUID.fromString("b903d40b-9b6b-4811-a90b-cceae0a87faf");
    /** Answered, escalated by the member, warned and breached: eight messages, by letter and mail. */
    private static final UUID ESCALATED_COMPLAINT = UUID.fromString("253bf37a-bbb3-4c2c-abf2-da6f9d2cea1d");
    private static final String PREFIX = "retired-deliveries-test.";
    private static final String EVENTS = PREFIX + Topics.EVENTS;
    private static final Duration WAIT = Duration.ofSeconds(90);

    private final ObjectMapper json = ContractSamples.objectMapper();
    private final TopicClient topics = new TopicClient(SharedInfrastructure.kafka().bootstrapServers());
    private final DatabaseServer postgres = SharedInfrastructure.postgres();
    private final String database = "office_upgrade_" + UUID.randomUUID().toString().replace("-", "");
    private SingleConnectionDataSource dataSource;

    @BeforeEach
    void databaseOfThePreviousVersion() throws Exception {
        postgres.createDatabases(List.of(database));
        dataSource = new SingleConnectionDataSource(postgres.jdbcUrl(database), postgres.user(), postgres.password(),
                true);
        // The schema as the previous version left it (V2), and the rows it stored.
        Flyway.configure().dataSource(dataSource).target("2").load().migrate();
        for (String fixture : FIXTURES) {
            try (InputStream rows = getClass().getResourceAsStream(fixture)) {
                store(json.readTree(rows));
            }
        }
    }

    /** The rows in the order they were stored; payload and metadata as JSON text or as JSON objects. */
    private void store(JsonNode rows) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        List<JsonNode> ordered = new ArrayList<>();
        rows.forEach(ordered::add);
        ordered.sort(Comparator.comparingLong(row -> row.path("global_index").asLong()));
        for (JsonNode row : ordered) {
            jdbc.sql("""
                            insert into domain_event_entry (event_identifier, meta_data, payload, payload_revision,
                                payload_type, time_stamp, aggregate_identifier, sequence_number, type)
                            values (:eventIdentifier, convert_to(:metaData, 'UTF8'), convert_to(:payload, 'UTF8'),
                                :payloadRevision, :payloadType, :timeStamp, :aggregateIdentifier, :sequenceNumber,
                                :type)""")
                    .param("eventIdentifier", row.get("event_identifier").asText())
                    .param("metaData", text(row.get("meta_data")))
                    .param("payload", text(row.get("payload")))
                    .param("payloadRevision", row.get("payload_revision").asText())
                    .param("payloadType", row.get("payload_type").asText())
                    .param("timeStamp", row.get("time_stamp").asText())
                    .param("aggregateIdentifier", row.get("aggregate_identifier").asText())
                    .param("sequenceNumber", row.get("sequence_number").asLong())
                    .param("type", row.get("type").asText())
                    .update();
        }
    }

    private static String text(JsonNode json) {
        return json.isTextual() ? json.asText() : json.toString();
    }

    @AfterEach
    void dropDatabase() {
        dataSource.destroy();
        try (SingleConnectionDataSource admin = new SingleConnectionDataSource(postgres.jdbcUrl("postgres"),
                postgres.user(), postgres.password(), true)) {
            JdbcClient.create(admin).sql("drop database if exists " + database + " with (force)").update();
        }
    }

    @Test
    void complaintsWhoseLastEventIsADeliveryStatusTakeNewCommandsAndShowTheirMessages() throws Exception {
        try (ConfigurableApplicationContext office = start()) {
            // An officer: the stored complaints are in various departments' queues, an officer's reach is all of them.
            RestClient officer = RestClient.builder()
                    .baseUrl("http://localhost:" + office.getEnvironment().getProperty("local.server.port"))
                    .defaultHeaders(headers -> headers.setBearerAuth(
                            SharedInfrastructure.identityProvider().tokens().userToken("officer")))
                    .build();
            JdbcClient jdbc = JdbcClient.create(dataSource);
            assertThat(jdbc.sql("select count(*) from message_delivery_status").query(Long.class).single())
                    .as("one row per message of the stored events").isEqualTo(38L);

            // The next event goes after the dropped ones (sequence 16, 5), not after the last one kept (which
            // would collide with a stored row).
            JsonNode escalated = reroute(officer, ESCALATED_COMPLAINT);
            assertThat(types(escalated)).containsExactly("ComplaintReceived", "ComplaintAcknowledged",
                    "ComplaintRouted", "ComplaintAnswered", "ComplaintEscalated", "ComplaintRouted", "SlaWarned",
                    "SlaBreached", "ComplaintRouted");
            assertThat(escalated.get("messages")).extracting(message -> message.get("messageType").asText())
                    .containsExactly("ACKNOWLEDGEMENT", "NEW_COMPLAINT_IN_QUEUE", "FIRST_LINE_ANSWER",
                            "ESCALATION_RECEIVED", "NEW_COMPLAINT_IN_QUEUE", "SLA_WARNING", "DELAY_NOTICE", "SLA_BREACH");
            assertMessage(escalated.at("/messages/0"), "27ea8ba0-5bfb-4a86-8cba-51aa1bdcb313", "ACKNOWLEDGEMENT",
                    "MEMBER", "LETTER", "QUEUED_FOR_PRINT", "2026-12-01T02:43:29.809Z");
            assertMessage(escalated.at("/messages/7"), "dde08c29-d63e-48b5-8db7-f1b7e2fdfa26", "SLA_BREACH",
                    "STAFF", "EMAIL", "SENT", "2026-12-01T02:45:48.018Z");
            assertThat(sequenceOfTheReroute(jdbc, ESCALATED_COMPLAINT)).isEqualTo(16L);

            JsonNode complaint = reroute(officer, COMPLAINT);
            assertThat(types(complaint)).containsExactly("ComplaintReceived", "ComplaintAcknowledged",
                    "ComplaintRouted");
            // Each message with its last recorded status, at the time it was recorded.
            assertThat(complaint.get("messages")).hasSize(2);
            assertMessage(complaint.at("/messages/0"), "0e7bd8da-93de-4cbd-8285-e0b3ae184112", "ACKNOWLEDGEMENT",
                    "MEMBER", "EMAIL", "SENT", "2026-12-01T02:44:15.139Z");
            assertMessage(complaint.at("/messages/1"), "5b2c7e1f-4d3a-4e8b-9c6d-2f1a0b9e8d7c", "ROUTED",
                    "STAFF", "EMAIL", "SENT", "2026-12-01T02:44:15.410Z");
            assertThat(sequenceOfTheReroute(jdbc, COMPLAINT)).isEqualTo(5L);

            // The complaint's stream, as the aggregate and the staff page read it, holds no trace of them.
            DomainEventStream stream = office.getBean(EventStore.class).readEvents(COMPLAINT.toString());
            List<String> payloads = new ArrayList<>();
            stream.forEachRemaining(event -> payloads.add(event.getPayloadType().getSimpleName()));
            assertThat(payloads).containsExactly("ComplaintReceivedEvent", "ComplaintAcknowledgedEvent",
                    "ComplaintRoutedEvent");
            assertThat(stream.getLastSequenceNumber()).isEqualTo(5L);

            // The relay publishes every stored event from the start, but none of the dropped ones. It publishes
            // in the order of the store: once the last reroute is on the topic, everything before it is too.
            topics.readUntil(EVENTS, record -> COMPLAINT.toString().equals(record.key())
                    && record.valueContains("\"type\":\"ComplaintRouted\""), WAIT);
            List<TopicClient.Record> published = topics.readToEnd(EVENTS);
            assertThat(publishedTypes(published, COMPLAINT))
                    .containsExactly("ComplaintReceived", "ComplaintAcknowledged", "ComplaintRouted");
            // 78 + 5 stored rows of which 36 + 3 delivery statuses, and the two reroutes.
            assertThat(published).hasSize(78 + 5 - 36 - 3 + 2)
                    .noneMatch(record -> record.valueContains("MessageDeliveryRecorded"));
        }
    }

    /** Staff move the complaint to another department; the answer is the complaint's page after it. */
    private JsonNode reroute(RestClient staff, UUID complaintId) throws Exception {
        return json.readTree(staff.put().uri("/api/v1/complaints/{id}/department", complaintId)
                .contentType(MediaType.APPLICATION_JSON).body("{\"department\":\"AGENCIES\"}")
                .retrieve().body(String.class));
    }

    private static long sequenceOfTheReroute(JdbcClient jdbc, UUID complaintId) {
        return jdbc.sql("""
                        select sequence_number from domain_event_entry
                        where aggregate_identifier = :id and payload_type like '%.ComplaintRoutedEvent'
                          and convert_from(payload, 'UTF8')::jsonb ->> 'department' = 'AGENCIES'""")
                .param("id", complaintId.toString()).query(Long.class).single();
    }

    /** The office, on this test's database and topics. */
    private ConfigurableApplicationContext start() {
        Map<String, Object> properties = new LinkedHashMap<>(SharedInfrastructure.springProperties(database, false));
        properties.putAll(SharedInfrastructure.identityProvider().springProperties());
        properties.put("server.port", "0");
        for (String binding : List.of("submissions", "routingDecisions", "deliveries")) {
            String destination = PREFIX + binding;
            properties.put("spring.cloud.stream.bindings." + binding + "-in-0.destination", destination);
            properties.put("spring.cloud.stream.bindings." + binding + "-in-0.group", PREFIX + "office");
            properties.put("spring.cloud.stream.kafka.bindings." + binding + "-in-0.consumer.dlq-name",
                    destination + ".dlq");
        }
        properties.put("spring.cloud.stream.bindings.complaintEventsOut-out-0.destination", EVENTS);
        // As command-line arguments: they take precedence over application.yml, as on a real start.
        String[] arguments = properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(OfficeServiceApplication.class).run(arguments);
    }

    private static void assertMessage(JsonNode message, String notificationId, String messageType, String recipient,
                                      String channel, String status, String at) {
        assertThat(message.get("notificationId").asText()).isEqualTo(notificationId);
        assertThat(message.get("messageType").asText()).isEqualTo(messageType);
        assertThat(message.get("recipient").asText()).isEqualTo(recipient);
        assertThat(message.get("channel").asText()).isEqualTo(channel);
        assertThat(message.get("status").asText()).isEqualTo(status);
        assertThat(Instant.parse(message.get("at").asText())).isEqualTo(Instant.parse(at));
    }

    private static List<String> types(JsonNode complaint) {
        List<String> types = new ArrayList<>();
        complaint.get("timeline").forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }

    private List<String> publishedTypes(List<TopicClient.Record> records, UUID complaintId) throws Exception {
        List<String> types = new ArrayList<>();
        for (TopicClient.Record record : records) {
            if (complaintId.toString().equals(record.key())) {
                types.add(json.readTree(record.value()).get("type").asText());
            }
        }
        return types;
    }
}
