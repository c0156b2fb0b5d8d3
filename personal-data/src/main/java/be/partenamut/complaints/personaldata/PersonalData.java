package be.partenamut.complaints.personaldata;

import be.partenamut.complaints.contracts.SealedText;
import be.partenamut.complaints.personaldata.crypto.Aead;
import be.partenamut.complaints.personaldata.vault.ComplaintKey;
import be.partenamut.complaints.personaldata.vault.KeyStatus;
import be.partenamut.complaints.personaldata.vault.KeyVault;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * Seals and opens the personal fields of complaints. A sealed value is bound to its complaint and
 * its field, so it cannot be moved elsewhere unnoticed; opening it takes the complaint's key from
 * the vault, and fails softly, field by field, once that key is gone or the value is damaged.
 */
public class PersonalData {

    static final String FORMAT = "pd1.";

    private final KeyVault vault;

    public PersonalData(KeyVault vault) {
        this.vault = vault;
    }

    public KeyVault vault() {
        return vault;
    }

    /**
     * The blind index of a member number, for staff search: null for a blank one. Written the way the
     * vault reads member numbers (trimmed, upper case), so "ab 123" and "AB 123 " find the same member.
     */
    public String memberNumberSearchHash(String memberNumber) {
        if (memberNumber == null || memberNumber.isBlank()) {
            return null;
        }
        return vault.searchHash("member-number:" + memberNumber.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * The blind index of a name (a last name, or "first last"), for staff search: null when nothing of it
     * remains once normalised. Accents, case, hyphens, apostrophes and repeated spaces do not count, so
     * "Van den Bossche", "van den bossche" and "VAN DEN BOSSCHE" hash alike, as do "Hélène" and "Helene".
     */
    public String nameSearchHash(String name) {
        String normalised = normaliseName(name);
        return normalised.isEmpty() ? null : vault.searchHash("name:" + normalised);
    }

    static String normaliseName(String name) {
        if (name == null) {
            return "";
        }
        String withoutAccents = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return withoutAccents.toLowerCase(Locale.ROOT)
                .replaceAll("['’`]", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    /**
     * Prepares a new complaint of the member: finds (or creates) the member's key and creates the
     * complaint's key under it.
     */
    public Sealer newComplaint(UUID complaintId, String memberNumber) {
        UUID subjectId = vault.subjectFor(memberNumber);
        vault.createComplaintKey(complaintId, subjectId);
        return sealerFor(complaintId);
    }

    /**
     * @throws PersonalDataUnavailableException when the complaint's key is gone (erased, expired) or unknown
     */
    public Sealer sealerFor(UUID complaintId) {
        ComplaintKey key = vault.complaintKey(complaintId);
        if (key.status() != KeyStatus.AVAILABLE) {
            throw new PersonalDataUnavailableException(complaintId, key.status());
        }
        return new Sealer(complaintId, key.subjectId(), key.key());
    }

    /** Never fails: each field opens, or says why it does not. */
    public Opener openerFor(UUID complaintId) {
        return new Opener(vault.complaintKey(complaintId));
    }

    private static String context(UUID complaintId, String field) {
        return "complaint:" + complaintId + "/" + field;
    }

    /** Seals the personal fields of one complaint. */
    public static final class Sealer {
        private final UUID complaintId;
        private final UUID subjectId;
        private final SecretKey key;

        private Sealer(UUID complaintId, UUID subjectId, SecretKey key) {
            this.complaintId = complaintId;
            this.subjectId = subjectId;
            this.key = key;
        }

        public UUID subjectId() {
            return subjectId;
        }

        /** @return null for a null or blank text: nothing to protect */
        public SealedText seal(String field, String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            byte[] sealed = Aead.seal(key, text.getBytes(StandardCharsets.UTF_8), context(complaintId, field));
            return SealedText.of(FORMAT + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed));
        }

        /**
         * A keyed fingerprint of {@code text} (HMAC-SHA256 under a key derived from the complaint's key),
         * to recognise the same text again without keeping it: unlike a plain hash, it cannot be
         * recomputed from guesses without the key, and it dies with the key.
         */
        public String fingerprint(String text) {
            try {
                Mac derive = Mac.getInstance("HmacSHA256");
                derive.init(key);
                byte[] fingerprintKey = derive.doFinal(("fingerprint:" + complaintId).getBytes(StandardCharsets.UTF_8));
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(fingerprintKey, "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
            }
        }
    }

    /** Opens the personal fields of one complaint. */
    public static final class Opener {
        private final ComplaintKey key;

        private Opener(ComplaintKey key) {
            this.key = key;
        }

        public KeyStatus keyStatus() {
            return key.status();
        }

        /** What every field of this complaint reads as, before any damage to one of them. */
        public Opened state() {
            return key.status() == KeyStatus.AVAILABLE ? Opened.readable(null) : Opened.gone(key.status(), key.since());
        }

        public Opened open(String field, SealedText sealed) {
            if (sealed == null) {
                return Opened.absent();
            }
            if (key.status() != KeyStatus.AVAILABLE) {
                return Opened.gone(key.status(), key.since());
            }
            String value = sealed.value();
            if (!value.startsWith(FORMAT)) {
                return Opened.unreadable("not a sealed value");
            }
            try {
                byte[] bytes = Base64.getUrlDecoder().decode(value.substring(FORMAT.length()));
                return Opened.readable(new String(Aead.open(key.key(), bytes, context(key.complaintId(), field)),
                        StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return Opened.unreadable("the sealed value is not valid base64");
            } catch (Aead.TamperedException e) {
                return Opened.unreadable(e.getMessage());
            }
        }

        /** The text, or null when it cannot be read for whatever reason. */
        public String text(String field, SealedText sealed) {
            return open(field, sealed).value();
        }
    }
}
