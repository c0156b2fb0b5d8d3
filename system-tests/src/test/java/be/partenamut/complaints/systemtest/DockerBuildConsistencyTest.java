package be.partenamut.complaints.systemtest;

import be.partenamut.complaints.localstack.ServiceSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No machine this project is built on has a Docker engine, so {@code docker compose up --build} is never run
 * here. This keeps its three inputs in step instead: the Dockerfile's build stage copies exactly the reactor
 * the root pom lists (Maven refuses to start when a listed module is missing), compose builds every service
 * from that Dockerfile as a module that makes the runnable jar the Dockerfile takes, and compose's
 * dependencies name services it has.
 */
class DockerBuildConsistencyTest {

    /**
     * What the build stage copies besides the modules: the Maven wrapper, the root pom and the script its
     * first build step runs.
     */
    private static final Set<String> BUILD_FILES = Set.of(".mvn", "mvnw", "pom.xml", "build-support");

    private static final MavenReactor REACTOR = MavenReactor.at(RepositoryRoot.PATH);

    static Stream<String> modules() {
        return REACTOR.modules().stream();
    }

    static Stream<ServiceSpec> services() {
        return ServiceSpec.ALL.stream();
    }

    static Stream<String> builtComposeServices() {
        return ComposeFile.read().services().entrySet().stream()
                .filter(service -> ComposeFile.build(service.getValue()).isPresent())
                .map(Map.Entry::getKey);
    }

    static Stream<String> composeServices() {
        return ComposeFile.read().services().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void theBuildStageCopiesEveryReactorModule(String module) {
        Map<String, String> copied = DockerfileBuildStage.read().copiedSources();

        assertThat(copied.get(module))
                .as("the Dockerfile's build stage must copy reactor module '%s' (root pom.xml <modules>) to"
                        + " /workspace/%s, or Maven cannot read the reactor: add `COPY %s %s` beside the other"
                        + " modules", module, module, module, module)
                .isEqualTo(module);
    }

    @Test
    void theBuildStageCopiesNothingButTheReactor() {
        List<String> modules = REACTOR.modules();
        List<String> strays = DockerfileBuildStage.read().copiedSources().keySet().stream()
                .filter(source -> !BUILD_FILES.contains(source) && !modules.contains(source)).toList();

        assertThat(strays)
                .as("the Dockerfile's build stage copies only the Maven wrapper, the root pom.xml, build-support and the modules"
                        + " of its <modules>: remove the COPY of these from the Dockerfile, or, if one is a new"
                        + " module, add it to the root pom.xml's <modules>")
                .isEmpty();
    }

    @Test
    void theBuildStageTakesTheRunnableJarTheServicesMake() {
        String runnableJar = "${SERVICE}/target/${SERVICE}-*-" + REACTOR.runnableClassifier() + ".jar";

        assertThat(String.join("\n", DockerfileBuildStage.read().instructions()))
                .as("the Dockerfile's build stage must copy the jar spring-boot-maven-plugin repackages (classifier"
                        + " '%s' in the root pom.xml): copy %s to /workspace/service.jar",
                        REACTOR.runnableClassifier(), runnableJar)
                .contains(runnableJar);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void composeBuildsEveryServiceFromTheDockerfile(ServiceSpec spec) {
        Map<String, Object> service = ComposeFile.read().services().get(spec.name());

        assertThat(service)
                .as("docker-compose.yml has no service '%s': add one with"
                        + " `build: { context: ., args: { SERVICE: %s } }`", spec.name(), spec.name())
                .isNotNull();
        assertThat(serviceArgument(spec.name()))
                .as("compose service '%s' must be built from the Dockerfile with"
                        + " `build: { context: ., args: { SERVICE: %s } }`", spec.name(), spec.name())
                .isEqualTo(spec.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtComposeServices")
    void everyBuiltComposeServiceIsARunnableModule(String name) {
        Map<String, Object> build = ComposeFile.build(ComposeFile.read().services().get(name)).orElseThrow();
        String module = serviceArgument(name);

        assertThat(String.valueOf(build.get("context")))
                .as("compose service '%s' must be built with the repository root as context (`context: .`),"
                        + " where the Dockerfile finds the reactor", name)
                .isIn(".", "./");
        assertThat(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile")))
                .as("compose service '%s' must be built from the repository's Dockerfile: remove its"
                        + " `dockerfile:` or set it to Dockerfile", name)
                .isEqualTo("Dockerfile");
        assertThat(module)
                .as("compose service '%s' must name the module to build: add `args: { SERVICE: <module> }` to"
                        + " its build", name)
                .isNotBlank();
        assertThat(REACTOR.runnableJarProblems(module))
                .as("compose service '%s' builds SERVICE=%s, which must be a reactor module that makes a"
                        + " runnable jar; to fix", name, module)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("composeServices")
    void composeDependenciesNameComposeServices(String name) {
        Map<String, Map<String, Object>> services = ComposeFile.read().services();
        List<String> unknown = ComposeFile.dependencies(services.get(name)).stream()
                .filter(dependency -> !services.containsKey(dependency)).toList();

        assertThat(unknown)
                .as("compose service '%s' depends_on services docker-compose.yml does not have: fix each name"
                        + " (one of %s) or add the service", name, services.keySet())
                .isEmpty();
    }

    @Test
    void theBuildContextLeavesOutBuildOutputAndLocalData() throws IOException {
        List<String> ignored = Files.readAllLines(RepositoryRoot.resolve(".dockerignore")).stream()
                .map(String::strip).toList();

        assertThat(ignored)
                .as(".dockerignore must keep build output, the local stack's data and mails, and git out of the"
                        + " build context (stale jars, personal data): add the missing patterns")
                .contains("**/target", "**/.local-data", "**/.local-mail", ".git");
    }

    private static String serviceArgument(String composeService) {
        Map<String, Object> build = ComposeFile.build(ComposeFile.read().services().get(composeService))
                .orElse(Map.of());
        Object arguments = build.get("args");
        if (arguments instanceof List<?> list) {
            // The list form of build args: "SERVICE=intake-service".
            return list.stream().map(String::valueOf).filter(argument -> argument.startsWith("SERVICE="))
                    .map(argument -> argument.substring("SERVICE=".length())).findFirst().orElse(null);
        }
        Object value = ComposeFile.castMap(arguments).get("SERVICE");
        return value == null ? null : String.valueOf(value);
    }
}
