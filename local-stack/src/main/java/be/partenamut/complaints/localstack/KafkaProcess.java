package be.partenamut.complaints.localstack;

import be.partenamut.complaints.localstack.infra.Broker;
import be.partenamut.complaints.localstack.infra.FreePorts;
import be.partenamut.complaints.localstack.infra.StandaloneKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A single-node KRaft Kafka broker run by {@link StandaloneKafka} in a JVM of its own. */
public final class KafkaProcess extends ServerProcess implements Broker {

    private static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
            "-Dlogback.configurationFile=standalone-server-logback.xml");

    private final Path logDirectory;
    /** Named in the broker's quorum voters, so fixed before the first start and kept for every later one. */
    private final int controllerPort;

    private KafkaProcess(Path logDirectory, int port, int controllerPort, Path logFile) {
        super("kafka", StandaloneKafka.class.getName(), port, JVM_OPTIONS, logFile);
        this.logDirectory = logDirectory;
        this.controllerPort = controllerPort;
    }

    /**
     * A broker keeping its logs in {@code logDirectory}, on {@code port} (0: a free port chosen on the
     * first start, kept for every later one), its controller on the next port (or on a free one). Not started yet.
     */
    public static KafkaProcess create(Path logDirectory, int port, Path logFile) {
        return new KafkaProcess(logDirectory, port, port > 0 ? port + 1 : FreePorts.next(), logFile);
    }

    @Override
    public String bootstrapServers() {
        return "127.0.0.1:" + port();
    }

    @Override
    List<String> arguments(int port, Path portFile) {
        return List.of(logDirectory.toString(), String.valueOf(port), String.valueOf(controllerPort), portFile.toString());
    }

    /** An admin client is told which brokers form the cluster. */
    @Override
    boolean acceptsWork() {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000))) {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(5_000))
                    .nodes().get(10, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
