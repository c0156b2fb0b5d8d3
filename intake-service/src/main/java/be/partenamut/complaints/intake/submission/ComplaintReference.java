package be.partenamut.complaints.intake.submission;

import java.time.Instant;
import java.time.ZoneId;

/** The reference a member quotes: {@code PL-<year>-<number>}, the number counted per year. */
public final class ComplaintReference {

    /** References count per calendar year as lived in Belgium, not in UTC. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private ComplaintReference() {
    }

    public static int yearOf(Instant receivedAt) {
        return receivedAt.atZone(ZONE).getYear();
    }

    /**
     * The reference of the {@code number}th complaint of {@code year}: six digits, zero-padded
     * ({@code PL-2026-000123}). A millionth complaint in one year would widen it rather than be refused.
     */
    public static String format(int year, long number) {
        if (number < 1) {
            throw new IllegalArgumentException("reference numbers start at 1, not " + number);
        }
        return String.format("PL-%04d-%06d", year, number);
    }
}
