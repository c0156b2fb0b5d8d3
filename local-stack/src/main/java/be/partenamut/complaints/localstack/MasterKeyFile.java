package be.partenamut.complaints.localstack;

import be.partenamut.complaints.localstack.infra.SharedInfrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The local stack's master key: made once, kept beside the data it protects, readable by its owner
 * only. Losing it makes every complaint's personal data unreadable, exactly as erasing it would.
 * A real deployment takes it from its secret store instead (see the README).
 */
final class MasterKeyFile {

    static final String ENVIRONMENT_VARIABLE = "COMPLAINTS_PERSONALDATA_MASTERKEY";

    private MasterKeyFile() {
    }

    static String readOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(file.getParent());
            String key = SharedInfrastructure.newMasterKey("local-1");
            Files.writeString(file, key + System.lineSeparator());
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // A file system without owner permissions: the key stays as protected as the data next to it.
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read or create the master key " + file, e);
        }
    }
}
