package be.partenamut.complaints.intake.submission;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplaintReferenceTest {

    @Test
    void writesTheYearAndASixDigitNumber() {
        assertThat(ComplaintReference.format(2026, 123)).isEqualTo("PL-2026-000123");
        assertThat(ComplaintReference.format(2026, 1)).isEqualTo("PL-2026-000001");
        assertThat(ComplaintReference.format(2027, 999_999)).isEqualTo("PL-2027-999999");
    }

    @Test
    void countsNoNumberZero() {
        assertThatThrownBy(() -> ComplaintReference.format(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesTheYearAsLivedInBrussels() {
        // 23:30 UTC on New Year's Eve is already 00:30 (winter time) in Brussels.
        assertThat(ComplaintReference.yearOf(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo(2027);
        assertThat(ComplaintReference.yearOf(Instant.parse("2026-12-31T22:59:59Z"))).isEqualTo(2026);
    }
}
