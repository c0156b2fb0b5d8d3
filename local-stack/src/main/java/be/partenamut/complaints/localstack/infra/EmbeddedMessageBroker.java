package be.partenamut.complaints.localstack.infra;

/** The in-process KRaft {@link KafkaBroker} as a {@link MessageBroker}: stop and start shut it down and restart it. */
final class EmbeddedMessageBroker implements MessageBroker {

    private final KafkaBroker broker;

    private EmbeddedMessageBroker(KafkaBroker broker) {
        this.broker = broker;
    }

    /** A throw-away broker on a free port, started. */
    static EmbeddedMessageBroker launch() {
        return new EmbeddedMessageBroker(KafkaBroker.start(null, 0));
    }

    @Override
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public void stop() {
        broker.stop();
    }

    @Override
    public void start() {
        broker.start();
    }

    @Override
    public void close() {
        broker.close();
    }
}
