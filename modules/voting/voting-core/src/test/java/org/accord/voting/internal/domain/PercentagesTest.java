package org.accord.voting.internal.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PercentagesTest {

    @ParameterizedTest
    @CsvSource({"3, 5, 60.0%", "2, 3, 66.7%", "0, 7, 0.0%", "7, 7, 100.0%", "1, 8, 12.5%", "1, 16, 6.3%"})
    void of_hasOneDecimalRoundedHalfUp(long part, long whole, String expected) {
        assertThat(Percentages.of(part, whole)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"6666, 10000, 2, 3, 66.66%", "2501, 10000, 1, 4, 25.01%", "2499, 10000, 1, 4, 24.99%",
            "666667, 1000000, 2, 3, 66.66670%", "2, 3, 1, 2, 66.7%", "3, 5, 2, 3, 60.0%"})
    void comparedWith_shareThatWouldReadAsTheLimit_getsMoreDecimals(long part, long whole, int limitNumerator,
            int limitDenominator, String expected) {
        Fraction limit = Fraction.of(limitNumerator, limitDenominator);

        assertThat(Percentages.comparedWith(part, whole, limit)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"4, 6, 2, 3, 66.7%", "25, 100, 1, 4, 25.0%"})
    void comparedWith_shareExactlyAtTheLimit_keepsOneDecimal(long part, long whole, int limitNumerator,
            int limitDenominator, String expected) {
        Fraction limit = Fraction.of(limitNumerator, limitDenominator);

        assertThat(Percentages.comparedWith(part, whole, limit)).isEqualTo(expected);
    }
}
