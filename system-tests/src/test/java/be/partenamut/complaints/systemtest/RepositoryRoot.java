package be.partenamut.complaints.systemtest;

import java.nio.file.Path;

/** The repository checkout the tests read their files from (Maven passes its root; ".." when run by hand). */
final class RepositoryRoot {

    static final Path PATH = Path.of(System.getProperty("complaints.repository-root", "..")).toAbsolutePath().normalize();

    private RepositoryRoot() {
    }

    static Path resolve(String relative) {
        return PATH.resolve(relative);
    }
}
