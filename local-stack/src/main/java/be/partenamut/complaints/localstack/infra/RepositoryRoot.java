package be.partenamut.complaints.localstack.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where this repository is checked out, to find the runnable jars Maven built in it: the system property
 * {@code complaints.repository-root} (set by the build for every test), else the nearest directory above
 * the working directory that holds the identity provider's module (a test run from an IDE).
 */
final class RepositoryRoot {

    static final String PROPERTY = "complaints.repository-root";

    private RepositoryRoot() {
    }

    static Path find() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("identity-provider").resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the repository root from " + Path.of("").toAbsolutePath()
                + ": set the system property " + PROPERTY);
    }
}
