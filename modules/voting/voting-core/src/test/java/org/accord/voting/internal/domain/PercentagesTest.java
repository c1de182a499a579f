package org.accord.voting.internal.domain;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PercentagesTest {

    private static final Fraction FAR_AWAY = Fraction.of(1, 7);

    @ParameterizedTest
    @CsvSource({"3, 5, 60.0%", "2, 3, 66.7%", "0, 7, 0.0%", "7, 7, 100.0%", "1, 8, 12.5%", "1, 16, 6.3%",
            "1, 6, 16.7%", "1, 1000, 0.1%", "1, 2001, 0.0%"})
    void comparedWith_shareFarFromTheLimit_hasOneDecimalRoundedHalfUp(long part, long whole, String expected) {
        assertThat(Percentages.comparedWith(part, whole, FAR_AWAY)).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource({"6666, 10000, 2, 3, 66.66%", "2501, 10000, 1, 4, 25.01%", "2499, 10000, 1, 4, 24.99%",
            "666667, 1000000, 2, 3, 66.66670%", "2, 3, 1, 2, 66.7%", "3, 5, 2, 3, 60.0%"})
    void comparedWith_shareThatWouldReadAsTheLimit_getsMoreDecimals(long part, long whole, int limitNumerator,
            int limitDenominator, String expected) {
        Fraction limit = Fraction.of(limitNumerator, limitDenominator);

        assertThat(Percentages.comparedWith(part, whole, limit)).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource({"4, 6, 2, 3, 66.7%", "25, 100, 1, 4, 25.0%"})
    void comparedWith_shareExactlyAtTheLimit_keepsOneDecimal(long part, long whole, int limitNumerator,
            int limitDenominator, String expected) {
        Fraction limit = Fraction.of(limitNumerator, limitDenominator);

        assertThat(Percentages.comparedWith(part, whole, limit)).hasToString(expected);
    }

    @Test
    void comparedWith_readsAsEachLanguageWritesAPercentage() {
        var share = Percentages.comparedWith(6666, 10000, Fraction.of(2, 3));

        assertThat(share.in(Locale.FRENCH)).isEqualTo("66,66\u00a0%");
        assertThat(share.in(Locale.GERMAN)).isEqualTo("66,66\u00a0%");
    }
}
