package be.partenamut.complaints.office.complaint.command;

/**
 * Where a recommendation stands: issued, then accepted or rejected by the department it is addressed to, then
 * (only once accepted) implemented. Each step is recorded once; none is undone.
 */
public enum RecommendationState {
    ISSUED, ACCEPTED, REJECTED, IMPLEMENTED
}
