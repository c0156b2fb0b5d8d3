package be.partenamut.complaints.analytics.statistics;

import java.time.LocalDate;

/**
 * The complaints counted: those received from {@code from} to {@code to}, both days included.
 * Either bound may be null (open).
 */
public record ReceivedPeriod(LocalDate from, LocalDate to) {

    public static final ReceivedPeriod ALL = new ReceivedPeriod(null, null);

    public ReceivedPeriod {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
    }

    public boolean isBounded() {
        return from != null || to != null;
    }
}
