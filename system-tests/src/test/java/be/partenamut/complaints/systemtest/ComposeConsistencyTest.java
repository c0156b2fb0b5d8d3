package be.partenamut.complaints.systemtest;

import be.partenamut.complaints.localstack.ServiceSpec;
import org.junit.jupiter.api.Test;
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
 * points the service at compose's PostgreSQL database and Kafka broker; every service trusts compose's
 * identity provider, under the issuer a browser on the host sees, and holds no account of its own.
 */
class ComposeConsistencyTest {

    private static final Path ROOT = RepositoryRoot.PATH;
    private static final String PROVIDER = "identity-provider";
    /** What a browser or curl on the host uses, and so what every token's iss names. */
    private static final String ISSUER = "http://localhost:9000";

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

    @Test
    @SuppressWarnings("unchecked")
    void composesIdentityProviderIsTheDemoOneUnderTheHostsIssuerWithItsKeyInAVolume() {
        Map<String, Object> provider = ComposeFile.read().services().get(PROVIDER);

        assertThat(provider).as("compose service " + PROVIDER).isNotNull();
        Map<String, Object> environment = (Map<String, Object>) provider.get("environment");
        assertThat(environment.get("SPRING_PROFILES_ACTIVE"))
                .as("compose is the demo environment: its provider holds the demo staff and clients")
                .isEqualTo("demo");
        assertThat(environment.get("COMPLAINTS_IDENTITY_ISSUER")).isEqualTo(ISSUER);
        assertThat((List<String>) provider.get("ports")).as("the issuer's port, published to the host")
                .contains("9000:9000");
        String keyDirectory = String.valueOf(environment.get("COMPLAINTS_IDENTITY_KEYDIRECTORY"));
        assertThat((List<String>) provider.get("volumes"))
                .as("the signing key outlives the container: its directory is a named volume")
                .anySatisfy(volume -> assertThat(volume).endsWith(":" + keyDirectory));
        assertThat(((Map<String, Object>) provider.get("healthcheck")).get("test").toString())
                .contains("localhost:9000/actuator/health");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    @SuppressWarnings("unchecked")
    void theServiceTrustsComposesProviderUnderTheIssuerTheHostSees(ServiceSpec spec) {
        Map<String, Object> service = ComposeFile.read().services().get(spec.name());
        Map<String, Object> environment = (Map<String, Object>) service.get("environment");

        assertThat(environment.get("COMPLAINTS_SECURITY_ISSUER")).isEqualTo(ISSUER);
        assertThat(environment.get("COMPLAINTS_SECURITY_JWKSETURI"))
                .as("inside compose's network the provider is reached by its service name")
                .isEqualTo("http://" + PROVIDER + ":9000/oauth2/jwks");
        assertThat(ComposeFile.dependencies(service)).contains(PROVIDER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    @SuppressWarnings("unchecked")
    void theServiceHoldsNoAccountOfItsOwnWithTheDockerProfile(ServiceSpec spec) throws IOException {
        List<Map<String, Object>> documents = load(
                ROOT.resolve(spec.name()).resolve("src/main/resources/application.yml"));
        Map<String, Object> environment = (Map<String, Object>) ComposeFile.read().services().get(spec.name())
                .get("environment");

        for (Map<String, Object> document : documents) {
            Object profile = path(document, "spring", "config", "activate", "on-profile");
            if (profile == null || "docker".equals(profile)) {
                assertThat(path(document, "spring", "security", "user")).as(spec.name() + ": a password user").isNull();
                assertThat(path(document, "complaints", "security", "demo-users")).as(spec.name() + ": demo users").isNull();
                assertThat(path(document, "spring", "profiles", "include")).as(spec.name() + ": more profiles").isNull();
            }
        }
        assertThat(environment.keySet()).as(spec.name() + "'s environment in compose")
                .noneMatch(name -> name.startsWith("SPRING_SECURITY_USER") || name.contains("DEMO"));
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
