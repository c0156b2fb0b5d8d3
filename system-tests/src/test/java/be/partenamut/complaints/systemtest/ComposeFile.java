package be.partenamut.complaints.systemtest;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * docker-compose.yml as Compose reads it: SnakeYAML resolves the anchors and {@code <<} merge keys the
 * file uses for what the services share, so each service here carries its merged keys.
 */
final class ComposeFile {

    static final Path PATH = RepositoryRoot.resolve("docker-compose.yml");

    private final Map<String, Object> document;

    private ComposeFile(Map<String, Object> document) {
        this.document = document;
    }

    static ComposeFile read() {
        try (InputStream in = Files.newInputStream(PATH)) {
            return new ComposeFile(castMap(new Yaml().load(in)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> document() {
        return document;
    }

    Map<String, Map<String, Object>> services() {
        Map<String, Map<String, Object>> services = new LinkedHashMap<>();
        castMap(document.get("services")).forEach((name, service) -> services.put(name, castMap(service)));
        return services;
    }

    /** The build section of a service, in its long form; empty when the service runs a published image. */
    static Optional<Map<String, Object>> build(Map<String, Object> service) {
        Object build = service.get("build");
        if (build == null) {
            return Optional.empty();
        }
        if (build instanceof String context) {
            return Optional.of(Map.of("context", context));
        }
        return Optional.of(castMap(build));
    }

    /** The services this one waits for: Compose accepts a list of names or a map keyed by name. */
    static Collection<String> dependencies(Map<String, Object> service) {
        Object dependsOn = service.get("depends_on");
        if (dependsOn == null) {
            return List.of();
        }
        if (dependsOn instanceof List<?> names) {
            return names.stream().map(String::valueOf).toList();
        }
        return castMap(dependsOn).keySet();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> castMap(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }
}
