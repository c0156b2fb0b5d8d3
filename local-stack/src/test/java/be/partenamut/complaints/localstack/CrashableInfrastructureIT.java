package be.partenamut.complaints.localstack;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The servers of the crashable stack, each in processes of its own: killed -9 they lose nothing they
 * acknowledged, and they come back on the same address; stopped gracefully, likewise.
 */
class CrashableInfrastructureIT {

    private static final Duration WAIT = Duration.ofMinutes(2);

    @TempDir
    Path scratch;

    @Test
    void postgresqlKeepsACommittedRowThroughAKillAndAStop() throws Exception {
        try (PostgresProcess postgres = PostgresProcess.create("postgresql", scratch.resolve("postgres"), 0,
                List.of("office", "intake"), scratch.resolve("logs/postgresql.log"))) {
            keepsACommittedRowThroughAKillAndAStop(postgres, "office");
        }
    }

    @Test
    void theKeyVaultsServerKeepsACommittedRowThroughAKillAndAStop() throws Exception {
        try (PostgresProcess keyVault = PostgresProcess.create("key-vault", scratch.resolve("key-vault"), 0,
                List.of("keyvault"), scratch.resolve("logs/key-vault.log"))) {
            keepsACommittedRowThroughAKillAndAStop(keyVault, "keyvault");
        }
    }

    private static void keepsACommittedRowThroughAKillAndAStop(PostgresProcess server, String database)
            throws Exception {
        server.start();
        int port = server.port();
        execute(server, database, "create table kept (value text)", "insert into kept values ('before the crash')");

        server.kill();

        assertThat(server.isRunning()).isFalse();
        assertThatThrownBy(() -> execute(server, database, "select 1")).isInstanceOf(SQLException.class);
        server.start();
        assertThat(server.port()).isEqualTo(port);
        assertThat(values(server, database)).containsExactly("before the crash");
        // The server found its data as a crash leaves it, not as a shutdown does.
        assertThat(Files.readString(server.logFile())).contains("automatic recovery in progress");

        execute(server, database, "insert into kept values ('before the stop')");
        server.stop();

        assertThat(server.isRunning()).isFalse();
        server.start();
        assertThat(server.port()).isEqualTo(port);
        assertThat(values(server, database)).containsExactly("before the crash", "before the stop");
    }

    @Test
    void kafkaKeepsAnAcknowledgedMessageThroughAKillAndAStop() throws Exception {
        try (KafkaProcess kafka = KafkaProcess.create(scratch.resolve("kafka"), 0, scratch.resolve("logs/kafka.log"))) {
            kafka.start();
            String bootstrap = kafka.bootstrapServers();
            RecordMetadata acknowledged = send(kafka, "before the crash");
            assertThat(acknowledged.hasOffset()).isTrue();

            kafka.kill();

            assertThat(kafka.isRunning()).isFalse();
            kafka.start();
            assertThat(kafka.bootstrapServers()).isEqualTo(bootstrap);
            assertThat(consumeAll(kafka, 1)).containsExactly("before the crash");

            send(kafka, "before the stop");
            kafka.stop();

            assertThat(kafka.isRunning()).isFalse();
            kafka.start();
            assertThat(kafka.bootstrapServers()).isEqualTo(bootstrap);
            assertThat(consumeAll(kafka, 2)).containsExactly("before the crash", "before the stop");
        }
    }

    private static void execute(PostgresProcess server, String database, String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(database), server.user(), "");
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static List<String> values(PostgresProcess server, String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(database), server.user(), "");
             ResultSet rows = connection.createStatement().executeQuery("select value from kept order by value")) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    /** Sends one message and waits for the broker's acknowledgement from every in-sync replica. */
    private static RecordMetadata send(KafkaProcess kafka, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            return producer.send(new ProducerRecord<>("crash-check", "complaint-1", value)).get(1, TimeUnit.MINUTES);
        }
    }

    /** Reads the topic from its start, in a new group, until {@code expected} messages have come. */
    private static List<String> consumeAll(KafkaProcess kafka, int expected) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "check-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("crash-check"));
            List<String> values = new ArrayList<>();
            await().atMost(WAIT).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    values.add(record.value());
                }
                return values.size() >= expected;
            });
            return values;
        }
    }
}
