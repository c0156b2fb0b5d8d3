package be.partenamut.complaints.intake.submission;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Finds an earlier complaint a new one may repeat, for staff to check. */
@FunctionalInterface
public interface PossibleDuplicates {

    /** The earlier complaint of the same data subject and category most like {@code description}, if any. */
    Optional<UUID> of(UUID dataSubjectId, String category, String description, Instant receivedAt);
}
