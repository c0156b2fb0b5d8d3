package be.partenamut.complaints.personaldata;

import be.partenamut.complaints.personaldata.crypto.Aead;
import be.partenamut.complaints.personaldata.crypto.MasterKey;
import org.junit.jupiter.api.Test;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AeadTest {

    private final SecretKey key = Aead.newKey();

    @Test
    void opensWhatItSealed() {
        byte[] sealed = Aead.seal(key, "Camille Dubois".getBytes(StandardCharsets.UTF_8), "complaint:1/name");

        assertThat(new String(Aead.open(key, sealed, "complaint:1/name"), StandardCharsets.UTF_8))
                .isEqualTo("Camille Dubois");
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Camille");
    }

    @Test
    void sealsTheSameTextDifferentlyEachTime() {
        byte[] text = "Camille".getBytes(StandardCharsets.UTF_8);

        assertThat(Aead.seal(key, text, "x")).isNotEqualTo(Aead.seal(key, text, "x"));
    }

    @Test
    void detectsASingleChangedByte() {
        byte[] sealed = Aead.seal(key, "Camille".getBytes(StandardCharsets.UTF_8), "x");
        sealed[sealed.length - 3] ^= 1;

        assertThatThrownBy(() -> Aead.open(key, sealed, "x")).isInstanceOf(Aead.TamperedException.class)
                .hasMessageContaining("integrity check failed");
    }

    @Test
    void refusesAValueMovedToAnotherPlace() {
        byte[] sealed = Aead.seal(key, "Camille".getBytes(StandardCharsets.UTF_8), "complaint:1/firstName");

        assertThatThrownBy(() -> Aead.open(key, sealed, "complaint:1/lastName"))
                .isInstanceOf(Aead.TamperedException.class);
    }

    @Test
    void readsAMasterKeyFromConfigurationWithoutEverPrintingIt() {
        String text = MasterKey.generate("2026-11");
        MasterKey key = MasterKey.parse(text);

        assertThat(key.id()).isEqualTo("2026-11");
        assertThat(key.toConfigText()).isEqualTo(text);
        assertThat(key.toString()).doesNotContain(text.substring(8));
        assertThatThrownBy(() -> MasterKey.parse("k1:c2hvcnQ=")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> MasterKey.parse("")).hasMessageContaining("no master key configured");
    }
}
