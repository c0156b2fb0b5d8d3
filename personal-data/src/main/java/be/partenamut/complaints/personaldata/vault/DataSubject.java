package be.partenamut.complaints.personaldata.vault;

import java.time.Instant;
import java.util.UUID;

/** A member as the vault knows them: a pseudonym, and whether their key was erased, when and by whom. */
public record DataSubject(UUID subjectId, Instant createdAt, Instant erasedAt, String erasedBy) {

    public boolean erased() {
        return erasedAt != null;
    }
}
