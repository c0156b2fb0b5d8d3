package be.partenamut.complaints.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A service killed -9, or stopped, comes back on the port it had, writing on in the same log. */
class ServiceProcessRestartIT {

    private static final ServiceSpec STAND_IN = new ServiceSpec("health-only-service", 0, "none", false, false);

    @TempDir
    Path scratch;

    @Test
    void startsAgainOnTheSamePortAfterAKillAndAStop() throws IOException {
        Path log = scratch.resolve("logs/health-only-service.log");
        try (ServiceProcess service = ServiceProcess.startMainClass(STAND_IN, HealthOnlyService.class.getName(), 0,
                Map.of(), Map.of(), log, List.of("-Xmx32m"))) {
            await().atMost(Duration.ofMinutes(2)).until(service::isHealthy);
            int port = service.port();

            service.kill();

            assertThat(service.isRunning()).isFalse();
            assertThat(service.isHealthy()).isFalse();
            service.start();
            assertThat(service.isHealthy()).isTrue();
            assertThat(service.port()).isEqualTo(port);

            service.stop();

            assertThat(service.isRunning()).isFalse();
            service.start();
            assertThat(service.baseUrl()).isEqualTo("http://localhost:" + port);
            assertThat(Files.readAllLines(log))
                    .filteredOn(line -> line.startsWith("health-only service listening on port " + port + " "))
                    .hasSize(3);
        }
    }
}
