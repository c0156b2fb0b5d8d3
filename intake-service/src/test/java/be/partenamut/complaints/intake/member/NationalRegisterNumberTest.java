package be.partenamut.complaints.intake.member;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class NationalRegisterNumberTest {

    @Test
    void acceptsANumberWhoseCheckDigitsAreNinetySevenMinusTheFirstNineModuloNinetySeven() {
        // 850730033 mod 97 = 69, 97 - 69 = 28
        assertThat(NationalRegisterNumber.Check.isValid("85073003328")).isTrue();
    }

    @Test
    void acceptsABirthFrom2000OnWhoseCheckCountsA2BeforeTheFirstNine() {
        // 2050101123 mod 97 = 12, 97 - 12 = 85
        assertThat(NationalRegisterNumber.Check.isValid("05010112385")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"85073003329", "05010112384", "8507300332", "850730033280", "8507300332A", "", "abcdefghijk"})
    void refusesWrongCheckDigitsAndAnythingButElevenDigits(String number) {
        assertThat(NationalRegisterNumber.Check.isValid(number)).isFalse();
    }

    @Test
    void readsTheUsualSeparatorsAndKeepsAnythingElseAsSent() {
        assertThat(NationalRegisterNumber.Check.normalise("85.07.30-033.28")).isEqualTo("85073003328");
        assertThat(NationalRegisterNumber.Check.normalise(" 850730 033 28 ")).isEqualTo("85073003328");
        assertThat(NationalRegisterNumber.Check.normalise("85/07/30")).isEqualTo("85/07/30");
        assertThat(NationalRegisterNumber.Check.normalise("  ")).isNull();
        assertThat(NationalRegisterNumber.Check.isValid(NationalRegisterNumber.Check.normalise("85.07.30-033.28"))).isTrue();
    }
}
