package be.partenamut.complaints.localstack.infra;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), run in this JVM from
 * the broker jars on Maven Central. It can be stopped and started again on the same port and log
 * directory, which is how tests show that nothing is lost while Kafka is down.
 */
public final class KafkaBroker implements AutoCloseable {

    private final Path logDirectory;
    private final int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    private KafkaBroker(Path logDirectory, int port, int controllerPort) {
        this.logDirectory = logDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * A broker listening on {@code port} (0: any free port) with its logs in {@code logDirectory}
     * (null: a throw-away directory). Not started yet.
     */
    public static KafkaBroker create(Path logDirectory, int port) {
        try {
            Path directory = logDirectory != null ? logDirectory : Files.createTempDirectory("kafka-");
            int brokerPort = FreePorts.orFree(port);
            int controller = port > 0 ? port + 1 : FreePorts.next();
            return new KafkaBroker(directory, brokerPort, controller);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static KafkaBroker start(Path logDirectory, int port) {
        KafkaBroker broker = create(logDirectory, port);
        broker.start();
        return broker;
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        Properties properties = serverProperties();
        formatOnce(properties);
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties), Time.SYSTEM);
        server.startup();
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        stop();
    }

    private Properties serverProperties() {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDirectory.toAbsolutePath().toString());
        // One node: every internal topic has a single replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("num.partitions", "3");
        p.setProperty("auto.create.topics.enable", "true");
        // Consumers of a fresh group start at once instead of waiting three seconds for others.
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("log.retention.hours", "-1");
        return p;
    }

    /** KRaft needs its log directory formatted with a cluster id once; a restart keeps the id. */
    private void formatOnce(Properties properties) {
        try {
            Files.createDirectories(logDirectory);
            if (Files.exists(logDirectory.resolve("meta.properties"))) {
                return;
            }
            Path configFile = Files.createTempFile("kafka-server", ".properties");
            try (OutputStream out = Files.newOutputStream(configFile)) {
                properties.store(out, "single-node KRaft broker");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int exitCode = StorageTool.execute(new String[] {
                    "format", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString(), "--ignore-formatted"},
                    new PrintStream(output, true, StandardCharsets.UTF_8));
            Files.deleteIfExists(configFile);
            if (exitCode != 0) {
                throw new IllegalStateException("formatting the Kafka log directory failed: "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
