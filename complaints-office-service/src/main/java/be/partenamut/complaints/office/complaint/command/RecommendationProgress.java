package be.partenamut.complaints.office.complaint.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * How far one recommendation has come, and the order of its follow-up decided on it: which step it refuses now,
 * and why. The complaint applies these rules to the follow-up commands; the office's pages ask the same rules
 * which follow-up forms to offer.
 *
 * @param department the department the recommendation is addressed to, who answers it
 * @param state      where it stands
 * @param acceptedAt when the department accepted it, null until then: it cannot have been implemented before
 *                   that day
 */
public record RecommendationProgress(String department, RecommendationState state, Instant acceptedAt) {

    /** The department accepts the recommendation. */
    public Optional<Refusal> refusesAcceptance() {
        return refusesAnswer();
    }

    /** The department rejects the recommendation. */
    public Optional<Refusal> refusesRejection() {
        return refusesAnswer();
    }

    /** The department records the implementation, whatever its day (a page offers the form on this). */
    public Optional<Refusal> refusesImplementation() {
        return switch (state) {
            case ISSUED -> Optional.of(Refusal.RECOMMENDATION_NOT_ACCEPTED);
            case REJECTED -> Optional.of(Refusal.RECOMMENDATION_REJECTED);
            case IMPLEMENTED -> Optional.of(Refusal.RECOMMENDATION_ALREADY_IMPLEMENTED);
            case ACCEPTED -> Optional.empty();
        };
    }

    /**
     * The department records the implementation on {@code implementedOn}.
     *
     * @param recordedAt when it is recorded: a change cannot have taken effect on a later day
     * @param zone       where the days are counted (the calendar's, Europe/Brussels)
     */
    public Optional<Refusal> refusesImplementation(LocalDate implementedOn, Instant recordedAt, ZoneId zone) {
        Optional<Refusal> refused = refusesImplementation();
        if (refused.isPresent()) {
            return refused;
        }
        if (implementedOn == null) {
            return Optional.of(Refusal.IMPLEMENTATION_DATE_MISSING);
        }
        if (implementedOn.isAfter(recordedAt.atZone(zone).toLocalDate())) {
            return Optional.of(Refusal.IMPLEMENTATION_DATE_IN_FUTURE);
        }
        if (acceptedAt != null && implementedOn.isBefore(acceptedAt.atZone(zone).toLocalDate())) {
            return Optional.of(Refusal.IMPLEMENTED_BEFORE_ACCEPTANCE);
        }
        return Optional.empty();
    }

    private Optional<Refusal> refusesAnswer() {
        return state == RecommendationState.ISSUED ? Optional.empty()
                : Optional.of(Refusal.RECOMMENDATION_ALREADY_ANSWERED);
    }
}
