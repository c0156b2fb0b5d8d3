package be.partenamut.complaints.personaldata.vault;

import javax.crypto.SecretKey;
import java.time.Instant;
import java.util.UUID;

/**
 * A complaint's key as the vault holds it.
 *
 * @param key   present only when {@code status} is {@link KeyStatus#AVAILABLE}
 * @param since when the key was destroyed (erased or expired); null otherwise
 */
public record ComplaintKey(UUID complaintId, UUID subjectId, KeyStatus status, Instant since, SecretKey key) {

    @Override
    public String toString() {
        return "ComplaintKey[" + complaintId + ", " + status + "]";
    }
}
