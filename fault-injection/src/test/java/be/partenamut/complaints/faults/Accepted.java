package be.partenamut.complaints.faults;

import java.time.Instant;
import java.util.UUID;

/**
 * A complaint intake answered 202 for: what the member was told we received.
 *
 * @param email the member's address, unique to this complaint, where its acknowledgement must arrive
 */
record Accepted(UUID complaintId, String reference, String email, Instant acceptedAt) {
}
