package be.partenamut.complaints.localstack.infra;

/**
 * A Kafka broker the integration tests share. It can be taken away and brought back on the same
 * address, which is how tests show that nothing is lost while Kafka is down. Either the embedded
 * broker or a container (see {@link InfrastructureChoice}).
 */
public interface MessageBroker extends AutoCloseable {

    String bootstrapServers();

    /** Makes the broker unreachable for clients; does nothing if it already is. */
    void stop();

    /** Brings the broker back on the same bootstrap address, with what it held before. */
    void start();

    @Override
    void close();
}
