package be.partenamut.complaints.localstack.infra;

import org.testcontainers.DockerClientFactory;

/** Whether a Docker engine answers: the one fact about the machine that {@link InfrastructureChoice} needs. */
@FunctionalInterface
public interface DockerEngine {

    boolean isAvailable();

    /** Asks Testcontainers, which looks where it would run containers (DOCKER_HOST, the socket, its config). */
    static DockerEngine testcontainers() {
        return () -> DockerClientFactory.instance().isDockerAvailable();
    }
}
