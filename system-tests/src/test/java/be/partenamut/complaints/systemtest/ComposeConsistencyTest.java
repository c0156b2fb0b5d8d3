package be.partenamut.complaints.systemtest;

import be.partenamut.complaints.localstack.ServiceSpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot run on a machine without a Docker engine, so this keeps it honest:
 * every service is in it, on its documented port, with the {@code docker} profile, and that profile
 * points the service at compose's PostgreSQL database and Kafka broker.
 */
class ComposeConsistencyTest {

    private static final Path ROOT = RepositoryRoot.PATH;

    static Stream<ServiceSpec> services() {
        return ServiceSpec.ALL.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    @SuppressWarnings("unchecked")
    void composeRunsTheServiceOnItsPortWithTheDockerProfile(ServiceSpec spec) throws IOException {
        Map<String, Object> services = (Map<String, Object>) load(ROOT.resolve("docker-compose.yml")).get(0).get("services");
        Map<String, Object> service = (Map<String, Object>) services.get(spec.name());

        assertThat(service).as("compose service " + spec.name()).isNotNull();
        assertThat((List<String>) service.get("ports")).contains(spec.port() + ":" + spec.port());
        assertThat(((Map<String, Object>) service.get("environment")).get("SPRING_PROFILES_ACTIVE")).isEqualTo("docker");
        assertThat(((Map<String, Object>) service.get("healthcheck")).get("test").toString())
                .contains("localhost:" + spec.port() + "/actuator/health");
        assertThat(((Map<String, Object>) service.get("environment")).containsKey("COMPLAINTS_PERSONALDATA_MASTERKEY"))
                .as("master key passed to " + spec.name()).isEqualTo(spec.sealsPersonalData());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void composesDatabaseServerHasTheServicesDatabase(ServiceSpec spec) throws IOException {
        String init = Files.readString(ROOT.resolve("docker/postgres/init.sql"));

        assertThat(init).contains("create database " + spec.database() + ";").contains("create database keyvault;");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    @SuppressWarnings("unchecked")
    void theServicesDockerProfilePointsAtComposesDatabaseAndBroker(ServiceSpec spec) throws IOException {
        List<Map<String, Object>> documents = load(
                ROOT.resolve(spec.name()).resolve("src/main/resources/application.yml"));
        Map<String, Object> defaults = documents.get(0);
        Map<String, Object> docker = documents.stream()
                .filter(document -> "docker".equals(path(document, "spring", "config", "activate", "on-profile")))
                .findFirst().orElseThrow(() -> new AssertionError(spec.name() + " has no docker profile"));

        assertThat(path(defaults, "server", "port")).isEqualTo(spec.port());
        assertThat(path(defaults, "spring", "datasource", "url"))
                .isEqualTo("jdbc:postgresql://localhost:5433/" + spec.database());
        assertThat(path(docker, "spring", "datasource", "url"))
                .isEqualTo("jdbc:postgresql://postgres:5432/" + spec.database());
        assertThat(path(docker, "spring", "kafka", "bootstrap-servers")).isEqualTo("kafka:9092");
        if (spec.sealsPersonalData()) {
            assertThat(path(defaults, "complaints", "personal-data", "vault", "url"))
                    .isEqualTo("jdbc:postgresql://localhost:5433/keyvault");
            assertThat(path(docker, "complaints", "personal-data", "vault", "url"))
                    .isEqualTo("jdbc:postgresql://postgres:5432/keyvault");
            assertThat(path(defaults, "complaints", "personal-data", "master-key"))
                    .as("a master key must come from the environment, never from the file").isNull();
        }
    }

    private static List<Map<String, Object>> load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Object document : new Yaml().loadAll(in)) {
                documents.add(castMap(document));
            }
            return documents;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static Object path(Map<String, Object> document, String... keys) {
        Object current = document;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(key);
        }
        return current;
    }
}
