package be.partenamut.complaints.identity.signing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The RSA key pair that signs every token (RS256). Either made at start and kept in memory only, or kept in a
 * directory so that a restarted provider still signs with it and tokens already handed out stay valid (the
 * local stack keeps its data across restarts too). The file holds the private key: it is readable by its
 * owner only.
 */
public final class SigningKey {

    static final String FILE_NAME = "signing-key.jwk.json";
    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private SigningKey() {
    }

    /** A new key pair, forgotten when the process ends. */
    public static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA signing key", e);
        }
    }

    /** The key kept in {@code directory}, made and written there the first time. */
    public static RSAKey keptIn(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        try {
            if (Files.exists(file)) {
                log.info("Signing with the key kept in {}", file);
                return RSAKey.parse(Files.readString(file, StandardCharsets.UTF_8));
            }
            RSAKey key = generate();
            Files.createDirectories(directory);
            Path written = Files.createTempFile(directory, "signing-key", ".tmp");
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(written, key.toJSONString(), StandardCharsets.UTF_8);
            // Written whole, then moved: a crash never leaves half a key for the next start to choke on.
            Files.move(written, file);
            log.info("Made a new signing key and kept it in {}", file);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the signing key in " + directory, e);
        } catch (ParseException e) {
            throw new IllegalStateException("The signing key in " + file + " is not a JSON Web Key", e);
        }
    }
}
