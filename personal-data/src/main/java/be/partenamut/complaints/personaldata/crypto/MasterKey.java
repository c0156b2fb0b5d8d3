package be.partenamut.complaints.personaldata.crypto;

import javax.crypto.SecretKey;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * The key that protects every member key in the vault. It never is in the vault itself: it comes
 * from configuration (the environment), as {@code <id>:<base64 of 32 random bytes>}. The id is
 * stored beside each key it wraps, so the master key can be rotated.
 */
public record MasterKey(String id, SecretKey key) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    public MasterKey {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a master key id is 1 to 40 letters, digits, '.', '_' or '-'");
        }
    }

    /** Reads {@code <id>:<base64>}; the message of a refusal never repeats the key. */
    public static MasterKey parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no master key configured (complaints.personal-data.master-key)");
        }
        int colon = text.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("a master key is written <id>:<base64 of 32 random bytes>");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(text.substring(colon + 1).trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("master key " + text.substring(0, colon) + " is not valid base64");
        }
        return new MasterKey(text.substring(0, colon).trim(), Aead.key(raw));
    }

    /** A new random master key, written the way configuration takes it. */
    public static String generate(String id) {
        return new MasterKey(id, Aead.newKey()).toConfigText();
    }

    public String toConfigText() {
        return id + ":" + Base64.getEncoder().encodeToString(key.getEncoded());
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
