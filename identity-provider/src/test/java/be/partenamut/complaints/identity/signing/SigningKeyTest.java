package be.partenamut.complaints.identity.signing;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class SigningKeyTest {

    @Test
    void keptKeyIsTheSameAfterARestart(@TempDir Path directory) throws Exception {
        RSAKey first = SigningKey.keptIn(directory);
        RSAKey afterRestart = SigningKey.keptIn(directory);

        assertThat(afterRestart.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(afterRestart.toRSAPrivateKey()).isEqualTo(first.toRSAPrivateKey());
    }

    @Test
    void keptKeyIsReadableByItsOwnerOnly(@TempDir Path directory) throws Exception {
        SigningKey.keptIn(directory);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve(SigningKey.FILE_NAME))))
                .isEqualTo("rw-------");
    }

    @Test
    void generatedKeysDiffer() {
        assertThat(SigningKey.generate().getKeyID()).isNotEqualTo(SigningKey.generate().getKeyID());
    }
}
