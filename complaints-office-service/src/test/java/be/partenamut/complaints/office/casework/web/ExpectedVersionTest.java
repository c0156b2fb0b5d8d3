package be.partenamut.complaints.office.casework.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExpectedVersionTest {

    @Test
    void readsTheETagTheComplaintWasShownWith() {
        assertThat(ExpectedVersion.of("\"7\"", null)).isEqualTo(new ExpectedVersion(7L, true));
        assertThat(ExpectedVersion.of("W/\"7\"", null)).isEqualTo(new ExpectedVersion(7L, true));
        assertThat(ExpectedVersion.of(ExpectedVersion.etag(12), 12L)).isEqualTo(new ExpectedVersion(12L, true));
    }

    @Test
    void takesTheBodysVersionWithoutIfMatch() {
        assertThat(ExpectedVersion.of(null, 4L)).isEqualTo(new ExpectedVersion(4L, false));
        assertThat(ExpectedVersion.of("*", 4L)).isEqualTo(new ExpectedVersion(4L, false));
    }

    @Test
    void namesNoVersionWhenTheRequestNamesNone() {
        assertThat(ExpectedVersion.of(null, null)).isEqualTo(ExpectedVersion.NONE);
        assertThat(ExpectedVersion.of("*", null)).isEqualTo(ExpectedVersion.NONE);
        assertThat(ExpectedVersion.of(" ", null)).isEqualTo(ExpectedVersion.NONE);
    }

    @Test
    void refusesWhatIsNotAVersionAndTwoVersionsThatDisagree() {
        assertThatThrownBy(() -> ExpectedVersion.of("\"abc\"", null)).isInstanceOf(InvalidVersionException.class);
        assertThatThrownBy(() -> ExpectedVersion.of("\"1\", \"2\"", null)).isInstanceOf(InvalidVersionException.class);
        assertThatThrownBy(() -> ExpectedVersion.of("\"3\"", 4L)).isInstanceOf(InvalidVersionException.class);
    }
}
