package be.partenamut.complaints.localstack.infra;

import java.nio.file.Path;

/**
 * One {@link KafkaBroker} in a JVM of its own, so that it can be killed and started again apart from
 * the JVM whose clients use it.
 *
 * <p>Arguments: {@code <log directory> <client port, 0 for any> <controller port> <port file>}. Once
 * the broker has started, the client port it listens on is written to the port file. SIGTERM shuts
 * the broker down in order (a controlled shutdown), then ends this JVM.
 */
public final class StandaloneKafka {

    private StandaloneKafka() {
    }

    public static void main(String[] args) {
        KafkaBroker broker = KafkaBroker.create(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop, "stop-kafka"));
        broker.start();
        StandaloneServer.reportReady(Path.of(args[3]), broker.port());
        StandaloneServer.serveUntilTheLauncherLeaves();
        System.exit(0);
    }
}
