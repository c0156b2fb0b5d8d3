package be.partenamut.complaints.intake.request;

import be.partenamut.complaints.contracts.SubmissionKind;
import be.partenamut.complaints.personaldata.PersonalData;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Tells a repeated request from another one under the same Idempotency-Key, without keeping the
 * request. The fingerprint is a keyed hash (HMAC) of the submission's canonical JSON under its
 * complaint's key: two bodies that differ only in spacing or field order are the same request, any
 * other difference makes another request. Unlike a plain SHA-256 of the body, it cannot be
 * recomputed from guesses of the member's data, and it becomes meaningless once the member's data
 * is erased.
 */
public final class RequestFingerprint {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private static final List<String> ADDED_LATER =
            List.of("nationalRegisterNumber", "addressee", "reference", "product", "agency", "receivedAt", "kind");

    private RequestFingerprint() {
    }

    /** 64 hexadecimal characters, under the key of the complaint {@code sealer} seals. */
    public static String of(ComplaintSubmission submission, PersonalData.Sealer sealer) {
        return sealer.fingerprint(canonicalJson(submission));
    }

    /** Whether two fingerprints are the same, in a time that does not tell how much of them matched. */
    public static boolean same(String stored, String computed) {
        return stored != null && computed != null && MessageDigest.isEqual(
                stored.getBytes(StandardCharsets.US_ASCII), computed.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * The canonical text that is fingerprinted: properties sorted, no spacing. The fields added after
     * the first version (national register number, addressee, reference, product, agency, date of receipt, kind) are left out while they hold
     * their default, so a submission registered before them is still recognised when repeated.
     */
    static String canonicalJson(ComplaintSubmission submission) {
        try {
            ObjectNode tree = CANONICAL.valueToTree(submission);
            for (String added : ADDED_LATER) {
                if (tree.path(added).isNull() || tree.path(added).isMissingNode()) {
                    tree.remove(added);
                }
            }
            if (Addressee.FIRST_LINE.name().equals(tree.path("addressee").asText(null))) {
                tree.remove("addressee");
            }
            if (SubmissionKind.COMPLAINT.name().equals(tree.path("kind").asText(null))) {
                tree.remove("kind");
            }
            return new String(CANONICAL.writeValueAsBytes(tree), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint a submission", e);
        }
    }
}
