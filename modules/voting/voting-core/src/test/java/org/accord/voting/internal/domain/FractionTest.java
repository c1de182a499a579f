package org.accord.voting.internal.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FractionTest {

    @ParameterizedTest
    @CsvSource({"1, 0", "0, 0", "0, -3", "-1, 2", "3, 2"})
    void create_outsideZeroToOne_isRejected(int numerator, int denominator) {
        assertThatIllegalArgumentException().isThrownBy(() -> Fraction.of(numerator, denominator));
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "1, 1", "2, 3", "4, 4"})
    void create_betweenZeroAndOne_isAccepted(int numerator, int denominator) {
        assertThat(Fraction.of(numerator, denominator)).isEqualTo(new Fraction(numerator, denominator));
    }

    @Test
    void toString_readsAsAFraction() {
        assertThat(Fraction.of(2, 3)).hasToString("2/3");
    }
}
