package be.partenamut.complaints.office.privacy;

import java.time.Instant;
import java.util.UUID;

/** One display of a complaint's personal data. */
public record PersonalDataAccess(UUID accessId, UUID complaintId, String accessedBy, Instant accessedAt,
                                 AccessPurpose purpose) {
}
