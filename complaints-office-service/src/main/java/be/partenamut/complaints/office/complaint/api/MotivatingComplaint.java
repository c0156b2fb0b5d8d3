package be.partenamut.complaints.office.complaint.api;

import java.util.UUID;

/**
 * Another complaint that motivated a recommendation, as the office knew it when the recommendation was issued.
 *
 * @param reference its reference, as staff name it
 */
public record MotivatingComplaint(UUID complaintId, String reference) {
}
