package be.partenamut.complaints.localstack.infra;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A single-node KRaft Kafka broker in a container (Testcontainers), set up like the embedded
 * {@link KafkaBroker}: three partitions per topic, topics created on first use, consumers that do not
 * wait for a rebalance.
 *
 * <p>{@link #stop()} and {@link #start()} pause and unpause the container rather than stopping it.
 * Docker maps the broker's port to a random host port when the container starts, and the broker
 * advertises that address; a stopped and restarted container would come back on another port (and
 * Testcontainers removes a container it stops), so clients configured with the first address could
 * never reconnect. A paused broker keeps its port and its data and answers nothing: producers and
 * consumers time out exactly as they do when the broker is gone, and carry on once it is unpaused.
 */
final class KafkaContainerBroker implements MessageBroker {

    /** The broker version of the Kafka jars the embedded broker runs. */
    private static final DockerImageName IMAGE = DockerImageName.parse("apache/kafka:3.9.1");

    private final KafkaContainer container;
    private boolean paused;

    private KafkaContainerBroker(KafkaContainer container) {
        this.container = container;
    }

    static KafkaContainerBroker launch() {
        KafkaContainer container = new KafkaContainer(IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_DEFAULT_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_MIN_INSYNC_REPLICAS", "1")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                // As the embedded broker: a week, daily segments (the deduplication records outlive them).
                .withEnv("KAFKA_LOG_RETENTION_HOURS", "168")
                .withEnv("KAFKA_LOG_ROLL_HOURS", "24");
        container.start();
        return new KafkaContainerBroker(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public synchronized void stop() {
        if (paused) {
            return;
        }
        container.getDockerClient().pauseContainerCmd(container.getContainerId()).exec();
        paused = true;
    }

    @Override
    public synchronized void start() {
        if (!paused) {
            return;
        }
        container.getDockerClient().unpauseContainerCmd(container.getContainerId()).exec();
        paused = false;
    }

    @Override
    public synchronized void close() {
        start();
        container.stop();
    }
}
