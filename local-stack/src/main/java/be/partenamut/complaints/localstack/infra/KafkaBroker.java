package be.partenamut.complaints.localstack.infra;

import kafka.server.BrokerServer;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), run in this JVM from
 * the broker jars on Maven Central. It can be stopped and started again on the same port and log
 * directory, which is how tests show that nothing is lost while Kafka is down.
 */
public final class KafkaBroker implements Broker, AutoCloseable {

    private static final ListenerName CLIENTS = ListenerName.normalised("PLAINTEXT");

    private final Path logDirectory;
    /** 0 until the first start when any port will do; from then on the port that start bound. */
    private int port;
    private final int controllerPort;
    private KafkaRaftServer server;

    private KafkaBroker(Path logDirectory, int port, int controllerPort) {
        this.logDirectory = logDirectory;
        this.port = port;
        this.controllerPort = controllerPort;
    }

    /**
     * A broker listening on {@code port} (0: the port its first start binds, kept for every restart)
     * with its logs in {@code logDirectory} (null: a throw-away directory). Not started yet.
     */
    public static KafkaBroker create(Path logDirectory, int port) {
        // The controller's address is named in controller.quorum.voters, which the broker reads to
        // find its controller before anything is bound, so it cannot be left to port 0: it is
        // chosen here, and the same one is used on every restart.
        return create(logDirectory, port, port > 0 ? port + 1 : FreePorts.next());
    }

    /**
     * As {@link #create(Path, int)}, with the controller on {@code controllerPort}: a broker started
     * again in another JVM must be given the controller port of its first start.
     */
    public static KafkaBroker create(Path logDirectory, int port, int controllerPort) {
        try {
            Path directory = logDirectory != null ? logDirectory : Files.createTempDirectory("kafka-");
            return new KafkaBroker(directory, port, controllerPort);
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
        KafkaRaftServer starting = new KafkaRaftServer(KafkaConfig.fromProps(properties), Time.SYSTEM);
        starting.startup();
        server = starting;
        // A restart must come back on the same address: clients and services keep the bootstrap
        // address they were given and reconnect to it.
        port = boundClientPort(starting);
    }

    /**
     * The port the client listener bound. Kafka's combined server keeps its broker part private and
     * offers no other way to ask; the broker part itself ({@link BrokerServer#boundPort}) knows.
     */
    private static int boundClientPort(KafkaRaftServer server) {
        try {
            Method broker = KafkaRaftServer.class.getDeclaredMethod("broker");
            broker.setAccessible(true);
            scala.Option<?> brokerPart = (scala.Option<?>) broker.invoke(server);
            return ((BrokerServer) brokerPart.get()).boundPort(CLIENTS);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot tell which port the Kafka broker bound", e);
        }
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

    @Override
    public synchronized String bootstrapServers() {
        return "127.0.0.1:" + port();
    }

    /** The client port; known once the broker has started (or when a fixed port was asked for). */
    public synchronized int port() {
        if (port == 0) {
            throw new IllegalStateException("the broker has not started yet, so it has no port");
        }
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
        // Port 0 on the first start: the broker binds a free port and advertises the one it bound.
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
        // A week on the topics, in segments rolled daily: a message is gone at most 8 days after it was
        // appended, which the services' deduplication records outlive (complaints.messaging.deduplication).
        p.setProperty("log.retention.hours", "168");
        p.setProperty("log.roll.hours", "24");
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
