package be.partenamut.complaints.localstack.infra;

/** A Kafka broker as its clients see it. */
public interface Broker {

    /** The address clients connect to; it stays the same when the broker is restarted. */
    String bootstrapServers();
}
