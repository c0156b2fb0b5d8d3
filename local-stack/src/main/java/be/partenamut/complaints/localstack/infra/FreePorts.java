package be.partenamut.complaints.localstack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * A port nobody listens on right now, for the rare address that must be written down before the
 * server behind it binds: the Kafka controller's, which {@code controller.quorum.voters} names.
 * Everywhere else a server binds port 0 itself and reports the port it got, because a port probed
 * here and released can be taken by another process before it is used.
 */
public final class FreePorts {

    private FreePorts() {
    }

    public static int next() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback interface", e);
        }
    }
}
