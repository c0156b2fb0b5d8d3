package be.partenamut.complaints.localstack;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stand-in for a service, run by {@link ServiceProcess} from the test classpath: it answers
 * {@code /actuator/health} UP on the port of {@code --server.port=} (0: any free one, then written to
 * the file named by the PORTFILE system property, as Spring Boot does), and nothing else.
 */
public final class HealthOnlyService {

    private HealthOnlyService() {
    }

    public static void main(String[] args) throws IOException {
        int port = 0;
        for (String arg : args) {
            if (arg.startsWith("--server.port=")) {
                port = Integer.parseInt(arg.substring("--server.port=".length()));
            }
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        int bound = server.getAddress().getPort();
        String portFile = System.getProperty("PORTFILE");
        if (portFile != null) {
            Files.writeString(Path.of(portFile), String.valueOf(bound));
        }
        System.out.println("health-only service listening on port " + bound + " as process " + ProcessHandle.current().pid());
    }
}
